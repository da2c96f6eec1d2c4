"""The facilitator prompts: the guiding questions of each step, shown beside the work area.

Questions ask what and how about the situation, never who or why-did-you. They are
English source texts marked for translation (see `pmdesk.domain.i18n`); the UI shows
`QCoreApplication.translate(PROMPTS_CONTEXT, prompt)`.
"""

from __future__ import annotations

from pmdesk.domain.flow import Step
from pmdesk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["PROMPTS_CONTEXT", "prompts_for"]

PROMPTS_CONTEXT = "Prompts"

_PROMPTS: dict[Step, tuple[str, ...]] = {
    Step.INCIDENT: (
        QT_TRANSLATE_NOOP(
            "Prompts", "In one or two sentences: what happened, and what did customers notice?"
        ),
        QT_TRANSLATE_NOOP("Prompts", "When did the impact start and end, as far as we know now?"),
        QT_TRANSLATE_NOOP("Prompts", "Who was involved in the response, and in which role?"),
        QT_TRANSLATE_NOOP(
            "Prompts",
            "Remember: we are here to learn how the system let this happen, "
            "not to find someone at fault.",
        ),
    ),
    Step.TRIGGER_CHECK: (
        QT_TRANSLATE_NOOP("Prompts", "Was any data lost or corrupted?"),
        QT_TRANSLATE_NOOP("Prompts", "How long were customers affected?"),
        QT_TRANSLATE_NOOP("Prompts", "Did this touch security or privacy?"),
        QT_TRANSLATE_NOOP("Prompts", "How much of the error budget did it burn?"),
        QT_TRANSLATE_NOOP(
            "Prompts", "Even if not required: is there something here worth learning from?"
        ),
    ),
    Step.TIMELINE: (
        QT_TRANSLATE_NOOP(
            "Prompts", "What was the first sign that something was wrong, and where did it show up?"
        ),
        QT_TRANSLATE_NOOP(
            "Prompts", "What did people see at each point, and what did they know then?"
        ),
        QT_TRANSLATE_NOOP("Prompts", "Which signals were there before anyone was alerted?"),
        QT_TRANSLATE_NOOP(
            "Prompts",
            "What options were on the table at each decision, "
            "and what made the chosen one look right?",
        ),
        QT_TRANSLATE_NOOP(
            "Prompts", "When did the impact start, when was it detected, mitigated and resolved?"
        ),
    ),
    Step.FIVE_WHYS: (
        QT_TRANSLATE_NOOP("Prompts", "Why did the failure occur? And why was that possible?"),
        QT_TRANSLATE_NOOP("Prompts", "Why did monitoring not alert earlier?"),
        QT_TRANSLATE_NOOP(
            "Prompts", "Why did our safeguards (tests, reviews, backups) not catch it?"
        ),
        QT_TRANSLATE_NOOP(
            "Prompts",
            "If a chain ends at a person: what in the system made that action easy or likely?",
        ),
        QT_TRANSLATE_NOOP("Prompts", "Stop when the answer is something we can change."),
    ),
    Step.ACTION_ITEMS: (
        QT_TRANSLATE_NOOP(
            "Prompts", "What change would make this failure impossible, or at least harmless?"
        ),
        QT_TRANSLATE_NOOP("Prompts", "Who owns that change, and by when is it realistic?"),
        QT_TRANSLATE_NOOP("Prompts", "Is every root cause covered by at least one action?"),
        QT_TRANSLATE_NOOP(
            "Prompts", "Prefer controls over reminders: tools, tests, automation, alerts."
        ),
    ),
    Step.LESSONS: (
        QT_TRANSLATE_NOOP("Prompts", "What went well that we want to keep doing?"),
        QT_TRANSLATE_NOOP("Prompts", "What went wrong or was harder than it should have been?"),
        QT_TRANSLATE_NOOP("Prompts", "Where did we get lucky — what could have made this worse?"),
    ),
    Step.PUBLISH: (
        QT_TRANSLATE_NOOP("Prompts", "Is the language blameless throughout?"),
        QT_TRANSLATE_NOOP("Prompts", "Does every root cause have an owned, dated action item?"),
        QT_TRANSLATE_NOOP("Prompts", "Is anything secret or personal left in the timeline?"),
        QT_TRANSLATE_NOOP("Prompts", "Who needs to read this report?"),
    ),
}


def prompts_for(step: Step) -> list[str]:
    """The questions for `step`, in English (the UI translates them)."""
    return list(_PROMPTS[step])
