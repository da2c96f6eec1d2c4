"""The core's texts in the UI's language: prompts, trigger reasons, field labels and
the publication gates' messages.

The core marks them for translation and keeps them in English (see
`pmdesk.domain.i18n`); these functions translate them at display time, with numbers
in the UI's locale ("72,5 %" in German). A text no template made (a linter message in
the post-mortem's own language, say) is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from pmdesk.domain.flow import Step
from pmdesk.domain.gates import MESSAGES, MESSAGES_CONTEXT
from pmdesk.domain.i18n import match_template
from pmdesk.domain.prompts import PROMPTS_CONTEXT, prompts_for
from pmdesk.domain.texts import LABELS, LABELS_CONTEXT
from pmdesk.domain.timeline import MOMENT_NAMES, MOMENTS_CONTEXT
from pmdesk.domain.trigger import REASONS, REASONS_CONTEXT, question_names

__all__ = [
    "localized_number",
    "translated_label",
    "translated_problem",
    "translated_prompts",
    "translated_reason",
]

_INTEGER = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?\d+\.\d+")


def localized_number(text: str) -> str:
    """A number written by the core ("72.5", "1500") as the UI's locale writes it;
    any other text unchanged."""
    if _INTEGER.fullmatch(text):
        return QLocale().toString(int(text))
    if _DECIMAL.fullmatch(text):
        shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        return QLocale().toString(float(text), "g", shortest)
    return text


def _translated(
    text: str, templates: Sequence[str], context: str, value: Callable[[str, str], str]
) -> str:
    """`text` made again from its template in the UI's language; `value(name, text)`
    shows each value."""
    found = match_template(text, templates)
    if found is None:
        return text
    template, values = found
    shown = {name: value(name, written) for name, written in values.items()}
    return QCoreApplication.translate(context, template).format(**shown)


def translated_prompts(step: Step) -> list[str]:
    """The facilitator's questions for `step`, in the UI's language."""
    return [QCoreApplication.translate(PROMPTS_CONTEXT, prompt) for prompt in prompts_for(step)]


def translated_reason(reason: str) -> str:
    """A stored trigger reason in the UI's language."""

    def value(name: str, written: str) -> str:
        if name == "questions":
            return ", ".join(
                QCoreApplication.translate(REASONS_CONTEXT, question)
                for question in question_names(written)
            )
        return localized_number(written)

    return _translated(reason, REASONS, REASONS_CONTEXT, value)


def translated_label(label: str) -> str:
    """A field's label ("Timeline 4") in the UI's language."""
    return _translated(label, LABELS, LABELS_CONTEXT, lambda _name, n: localized_number(n))


def translated_problem(message: str) -> str:
    """A gate problem's message in the UI's language; quoted text stays as written."""

    def value(name: str, written: str) -> str:
        if name == "kind":
            return QCoreApplication.translate(MESSAGES_CONTEXT, written)
        if name == "label":
            return translated_label(written)
        if name in ("later", "earlier"):  # moments, named as MOMENT_NAMES does
            return _translated_moment(written)
        return written

    return _translated(message, MESSAGES, MESSAGES_CONTEXT, value)


def _translated_moment(name: str) -> str:
    english = next(
        (known for known in MOMENT_NAMES.values() if known.casefold() == name.casefold()), None
    )
    if english is None:
        return name
    translated = QCoreApplication.translate(MOMENTS_CONTEXT, english)
    # Untranslated, the name stays as written ("is before mitigated").
    return name if translated == english else translated
