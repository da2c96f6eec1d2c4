"""The note a window shows when others' changes arrive: "Priya added 2 events."."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pmdesk.models import Revision
from pmdesk.store.revisions import Gist, gists
from pmdesk.ui.dialogs.history_dialog import field_name, part_name

__all__ = ["merge_note"]

_CONTEXT = "MergeNote"
# Per kind of part: one of it, several of it.
_THINGS: dict[str, tuple[str, str]] = {
    "participant": (
        str(QT_TRANSLATE_NOOP("MergeNote", "a participant")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} participants")),
    ),
    "timeline_event": (
        str(QT_TRANSLATE_NOOP("MergeNote", "an event")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} events")),
    ),
    "why": (
        str(QT_TRANSLATE_NOOP("MergeNote", "a why")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} whys")),
    ),
    "action_item": (
        str(QT_TRANSLATE_NOOP("MergeNote", "an action item")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} action items")),
    ),
    "lesson": (
        str(QT_TRANSLATE_NOOP("MergeNote", "a lesson")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} lessons")),
    ),
    "contributing_factor": (
        str(QT_TRANSLATE_NOOP("MergeNote", "a contributing factor")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} contributing factors")),
    ),
    "trigger_assessment": (
        str(QT_TRANSLATE_NOOP("MergeNote", "the trigger check")),
        str(QT_TRANSLATE_NOOP("MergeNote", "the trigger check")),
    ),
    "acknowledgement": (
        str(QT_TRANSLATE_NOOP("MergeNote", "a kept finding")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} kept findings")),
    ),
    "import_batch": (
        str(QT_TRANSLATE_NOOP("MergeNote", "an import")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} imports")),
    ),
    "publication": (
        str(QT_TRANSLATE_NOOP("MergeNote", "a publication")),
        str(QT_TRANSLATE_NOOP("MergeNote", "{count} publications")),
    ),
}
_ADDED = str(QT_TRANSLATE_NOOP("MergeNote", "added {things}"))
_REMOVED = str(QT_TRANSLATE_NOOP("MergeNote", "removed {things}"))
_CHANGED = str(QT_TRANSLATE_NOOP("MergeNote", "changed {names}"))
_SENTENCE = str(QT_TRANSLATE_NOOP("MergeNote", "{author} {actions}."))
_AND = str(QT_TRANSLATE_NOOP("MergeNote", " and "))


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _things(counts: dict[str, int]) -> str:
    named = []
    for part, count in counts.items():
        one, several = _THINGS.get(part, (part, part))
        named.append(_tr(one if count == 1 else several).format(count=count))
    return ", ".join(named)


def _sentence(gist: Gist) -> str:
    actions = []
    if gist.added:
        actions.append(_tr(_ADDED).format(things=_things(gist.added)))
    if gist.removed:
        actions.append(_tr(_REMOVED).format(things=_things(gist.removed)))
    if gist.changed:
        names = [
            field_name(name) if name not in _THINGS else part_name({"part": name})
            for name in gist.changed
        ]
        actions.append(_tr(_CHANGED).format(names=", ".join(names)))
    return _tr(_SENTENCE).format(author=gist.author, actions=_tr(_AND).join(actions))


def merge_note(revisions: Iterable[Revision]) -> str:
    """One sentence per person: what their changes, now shown here, did."""
    return " ".join(
        _sentence(gist) for gist in gists(revisions) if gist.added or gist.removed or gist.changed
    )
