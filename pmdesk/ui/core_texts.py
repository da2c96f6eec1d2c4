"""The core's texts in the UI's language: prompts and trigger reasons.

The core marks them for translation and keeps them in English (see
`pmdesk.domain.i18n`); these functions translate them at display time, with numbers
in the UI's locale ("72,5 %" in German).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from pmdesk.domain.flow import Step
from pmdesk.domain.prompts import PROMPTS_CONTEXT, prompts_for
from pmdesk.domain.trigger import REASONS_CONTEXT, question_names, reason_template

__all__ = ["localized_number", "translated_prompts", "translated_reason"]

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


def translated_prompts(step: Step) -> list[str]:
    """The facilitator's questions for `step`, in the UI's language."""
    return [QCoreApplication.translate(PROMPTS_CONTEXT, prompt) for prompt in prompts_for(step)]


def translated_reason(reason: str) -> str:
    """A stored trigger reason in the UI's language (as stored when no template
    made it)."""
    found = reason_template(reason)
    if found is None:
        return reason
    template, values = found
    shown = {name: localized_number(value) for name, value in values.items()}
    if "questions" in values:
        shown["questions"] = ", ".join(
            QCoreApplication.translate(REASONS_CONTEXT, name)
            for name in question_names(values["questions"])
        )
    return QCoreApplication.translate(REASONS_CONTEXT, template).format(**shown)
