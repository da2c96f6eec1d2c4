"""Texts of the Qt-free core that the UI shows: marked here, translated there.

Some core texts reach people through the UI: the facilitator prompts, the trigger
verdict's reasons. The core cannot translate them (it never imports Qt), so it marks
each source text with `QT_TRANSLATE_NOOP(context, text)`. That returns the text
unchanged, but pyside6-lupdate sees the call and puts the text into the catalogue
(`make translations` runs lupdate over the core modules that use it, too). The UI
then shows `QCoreApplication.translate(context, text)`.

A text with values is a template with named placeholders: the UI translates the
template and then formats it, with numbers in the UI's locale. Where only the finished
English sentence is at hand (a stored trigger reason, a gate problem's message),
`match_template` finds the template and the values it was made from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

__all__ = ["QT_TRANSLATE_NOOP", "match_template"]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; returns it unchanged.

    Named like Qt's macro because that name is what lupdate looks for.
    """
    return source


@cache
def _pattern(template: str) -> re.Pattern[str]:
    # re.split alternates literal text and placeholder names.
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(
            re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
            for index, part in enumerate(parts)
        ),
        re.DOTALL,
    )


def match_template(text: str, templates: Iterable[str]) -> tuple[str, dict[str, str]] | None:
    """The template of `templates` that makes `text`, with the values it was filled with.

    Where several make it, the most specific wins (the most literal text): "Action 3
    description" comes from "Action {n} description", not from "Action {n}".

    Returns:
        (template, values), values as they appear in `text`; None when no template
        makes it.
    """
    best: tuple[str, dict[str, str]] | None = None
    for template in templates:
        match = _pattern(template).fullmatch(text)
        if match is not None and (best is None or _literal(template) > _literal(best[0])):
            best = template, match.groupdict()
    return best


def _literal(template: str) -> int:
    return len(re.sub(r"\{\w+\}", "", template))
