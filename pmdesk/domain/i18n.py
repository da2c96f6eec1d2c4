"""Texts of the Qt-free core that the UI shows: marked here, translated there.

Some core texts reach people through the UI: the facilitator prompts, the trigger
verdict's reasons. The core cannot translate them (it never imports Qt), so it marks
each source text with `QT_TRANSLATE_NOOP(context, text)`. That returns the text
unchanged, but pyside6-lupdate sees the call and puts the text into the catalogue
(`make translations` runs lupdate over the core modules that use it, too). The UI
then shows `QCoreApplication.translate(context, text)`.

A text with values is a template with named placeholders: the UI translates the
template and then formats it, with numbers in the UI's locale.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; returns it unchanged.

    Named like Qt's macro because that name is what lupdate looks for.
    """
    return source
