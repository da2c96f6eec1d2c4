"""Loading a file into a post-mortem that is already stored: in place, and never over
what others changed since the file was dumped.

A dump carries the `version` it was made at. When the stored post-mortem has moved on
since, the file is merged three-way: the stored state at that version is rebuilt from
today's by undoing the revisions since (store.revisions), the file's parts are matched
to it, and field by field the side that changed a value wins. When the file and the
others changed the same field (or one removed a part the other changed), nothing is
loaded and the error names them. A file no older than what is stored simply applies.

Either way the file is applied in place — changed fields set, parts added and removed —
so the history shows what the load changed, and windows open on the post-mortem keep
their parts.

Values here are as the history has them: JSON, links as keys (a stored part's id, or
"new-…" for a part only the file has).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import Date, inspect
from sqlalchemy import Enum as SqlEnum

from pmdesk.errors import UserFacingError
from pmdesk.models import Postmortem, Revision, UtcDateTime
from pmdesk.store.merge import ARRANGEMENT, COLLECTIONS
from pmdesk.store.revisions import (
    LINK_FIELDS,
    PART_NAMES,
    field_label,
    label_of,
    revisions_since,
    snapshot,
    to_json,
)

__all__ = ["MergeConflict", "load_into"]

Records = dict[str, dict[Any, dict[str, Any]]]

_MODELS: dict[str, type[Any]] = {part: model for model, part in PART_NAMES.items()}
# The parts a file carries, each after the parts it links to.
_PARTS = (
    "import_batch",
    "timeline_event",
    "participant",
    "why",
    "action_item",
    "lesson",
    "contributing_factor",
    "acknowledgement",
    "trigger_assessment",
)
_POSTMORTEM_FIELDS = (
    "title",
    "summary",
    "customer_impact",
    "severity",
    "incident_start",
    "incident_end",
    "review_meeting_at",
    "status",
    "facilitator",
    "language",
    "tags",
    "services",
    "facilitator_notes",
)
# Fields that hold keys of other parts.
_LINKED_PART = {
    "import_batch_id": "import_batch",
    "parent_id": "why",
    "evidence": "timeline_event",
    "root_causes": "why",
    "corroborates_id": "timeline_event",
}
# The relationship a single link sets.
_RELATIONSHIPS = {
    "import_batch_id": "import_batch",
    "parent_id": "parent",
    "corroborates_id": "corroborates",
}


class _Unknown:
    """A value at the file's version that the history cannot tell (private notes, or
    a revision that folds saves from before and after it)."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()


def load_into(session: Any, pm: Postmortem, data: Mapping[str, Any]) -> None:
    """Apply the checked file `data` to the stored `pm`, merged with what changed since
    the file's version.

    Raises:
        UserFacingError: the file and the others changed the same things, or what
            changed since cannot be told; nothing was changed.
    """
    since = int(data["version"])
    current = stored_records(pm)
    base = current
    if since < pm.version:
        found, complete = revisions_since(session, pm.id, since, pm.version)
        if not complete:
            raise UserFacingError(
                f"Nothing was loaded: {pm.key} has changed since this file was dumped "
                f"(version {since}, now {pm.version}), and not all of that is in its "
                "history, so the file cannot be merged with it.",
                f"Dump {pm.key} again, make your changes in that file, and load it.",
            )
        base = revert(current, found, since)
    target, conflicts = merge(base, file_records(data, base), current)
    if conflicts:
        things = "thing" if len(conflicts) == 1 else "things"
        raise MergeConflict(
            f"Nothing was loaded: {pm.key} has changed since this file was dumped "
            f"(version {since}, now {pm.version}) in the same {things} the file changes: "
            f"{'; '.join(conflicts)}.",
            f"Dump {pm.key} again, make your changes in that file, and load it.",
            conflicts=conflicts,
        )
    apply(pm, target)


class MergeConflict(UserFacingError):
    """The file and the others changed the same `conflicts` (named as people know them)."""

    def __init__(self, message: str, hint: str, *, conflicts: list[str]) -> None:
        super().__init__(message, hint)
        self.conflicts = conflicts


# --- the three states as records -----------------------------------------------------


def _record(instance: object) -> dict[str, Any]:
    values: dict[str, Any] = to_json(snapshot(instance, old=False))
    return values


def stored_records(pm: Postmortem) -> Records:
    records: Records = {
        "postmortem": {pm.id: {field: to_json(getattr(pm, field)) for field in _POSTMORTEM_FIELDS}}
    }
    for part in _PARTS:
        if part == "trigger_assessment":
            ta = pm.trigger_assessment
            records[part] = {} if ta is None else {ta.id: _record(ta)}
        else:
            records[part] = {obj.id: _record(obj) for obj in getattr(pm, COLLECTIONS[part])}
    return records


def revert(current: Records, revisions: Sequence[Revision], since: int) -> Records:
    """The records as they were at version `since`: `current` with `revisions` (all
    those after it, oldest first) undone."""
    base = {
        part: {key: dict(record) for key, record in items.items()}
        for part, items in current.items()
    }
    for revision in reversed(revisions):
        # It folds saves from before `since` with later ones: the parts it added or
        # removed were so before, and the old values it has are older than `since`.
        straddles = revision.base_version < since
        for entry in reversed(revision.changes):
            records = base.get(entry["part"])
            if records is None:
                continue  # publications: a file never changes them
            ident = entry["id"]
            if "added" in entry:
                if not straddles:
                    records.pop(ident, None)
            elif "removed" in entry:
                if not straddles:
                    records[ident] = dict(entry["removed"])
            elif ident in records and entry["field"] in records[ident]:
                known = not straddles and not entry.get("private")
                records[ident][entry["field"]] = entry["old"] if known else UNKNOWN
    return base


def _number(value: Any) -> Any:
    return value if isinstance(value, int | float) else float("inf")


def _depths(records: Mapping[Any, Mapping[str, Any]]) -> dict[Any, int]:
    def depth(key: Any) -> int:
        parent = records[key].get("parent_id")
        return 0 if parent not in records else 1 + depth(parent)

    return {key: depth(key) for key in records}


def _walk(records: Mapping[Any, Mapping[str, Any]]) -> list[Any]:
    """Why keys in the order a dump lists them: chains, each depth first."""
    children: dict[Any, list[Any]] = {}
    for key, record in records.items():
        parent = record.get("parent_id")
        children.setdefault(parent if parent in records else None, []).append(key)
    ordered: list[Any] = []

    def visit(parent: Any) -> None:
        siblings = children.get(parent, [])
        for key in sorted(siblings, key=lambda k: (_number(records[k].get("position")), str(k))):
            ordered.append(key)
            visit(key)

    visit(None)
    return ordered


def _dump_order(part: str, records: Mapping[Any, Mapping[str, Any]]) -> list[Any]:
    if part == "why":
        return _walk(records)
    if part == "timeline_event":
        return sorted(records, key=lambda k: (str(records[k].get("occurred_at")), str(k)))
    if part in ("import_batch", "acknowledgement", "trigger_assessment"):
        return sorted(records, key=str)
    return sorted(records, key=lambda k: (_number(records[k].get("position")), str(k)))


def _signature(record: Mapping[str, Any], extra: Any = None) -> str:
    content = {k: v for k, v in record.items() if k not in ARRANGEMENT and k not in _LINKED_PART}
    return json.dumps([content, extra], sort_keys=True, default=repr)


def _time(value: Any) -> Any:
    return to_json(datetime.fromisoformat(value)) if isinstance(value, str) else value


def file_records(data: Mapping[str, Any], base: Records) -> Records:
    """The file's post-mortem as records, its parts matched to `base`'s (the stored
    state at the file's version), in the order both list them."""
    # Imported here: the interchange module loads files through this one.
    from pmdesk.store.interchange import FOLLOW_UP_KEYS, follow_up_fields

    pm_key = next(iter(base["postmortem"]))
    pm = {field: data[field] for field in _POSTMORTEM_FIELDS if field != "review_meeting_at"}
    # Files written before the review meeting was kept have none.
    pm["review_meeting_at"] = data.get("review_meeting_at")
    for moment in ("incident_start", "incident_end", "review_meeting_at"):
        pm[moment] = _time(pm[moment])
    mine: Records = {"postmortem": {pm_key: pm}}
    refs: dict[str, Any] = {}
    listed: dict[str, list[tuple[dict[str, Any], str | None]]] = {
        "import_batch": [
            ({**_fields(b, "ref"), "imported_at": _time(b["imported_at"])}, b["ref"])
            for b in data["imports"]
        ],
        "timeline_event": [
            (
                {
                    **_fields(e, "ref", "import", "corroborates"),
                    "occurred_at": _time(e["occurred_at"]),
                    "import_batch_id": e["import"],
                    # Files written before levels and corroboration were kept have none.
                    "level": e.get("level"),
                    "corroborates_id": e.get("corroborates"),
                },
                e["ref"],
            )
            for e in data["timeline"]
        ],
        "participant": [
            ({**p, "handles": list(p.get("handles", [])), "position": i}, None)
            for i, p in enumerate(data["participants"])
        ],
        "why": list(_whys(data["why_chains"])),
        "action_item": [
            (
                {
                    **_fields(a, *FOLLOW_UP_KEYS),
                    **to_json(follow_up_fields(a)),
                    "position": i,
                },
                None,
            )
            for i, a in enumerate(data["action_items"])
        ],
        "lesson": [({**x, "position": i}, None) for i, x in enumerate(data["lessons"])],
        "contributing_factor": [
            ({**x, "position": i}, None) for i, x in enumerate(data["contributing_factors"])
        ],
        "acknowledgement": [
            ({**a, "created_at": _time(a["created_at"])}, None) for a in data["acknowledgements"]
        ],
        "trigger_assessment": (
            [] if data["trigger_assessment"] is None else [(dict(data["trigger_assessment"]), None)]
        ),
    }
    for part in _PARTS:
        mine[part] = _match(part, base.get(part, {}), listed[part], refs)
    # Links name parts by the file's refs until every part has its key.
    for part in ("timeline_event", "why", "action_item"):
        for record in mine[part].values():
            for field in (
                "import_batch_id",
                "parent_id",
                "corroborates_id",
                "evidence",
                "root_causes",
            ):
                if field not in record:
                    continue
                value = record[field]
                record[field] = (
                    [refs[ref] for ref in value] if isinstance(value, list) else refs.get(value)
                )
    return mine


def _fields(item: Mapping[str, Any], *left_out: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in left_out}


def _whys(
    chains: Sequence[Mapping[str, Any]], parent: str | None = None, depth: int = 0
) -> Iterator[tuple[dict[str, Any], str | None]]:
    for position, item in enumerate(chains):
        record = {
            **_fields(item, "ref", "children"),
            "position": position,
            "parent_id": parent,
            "_depth": depth,
        }
        yield record, item["ref"]
        yield from _whys(item["children"], item["ref"], depth + 1)


# What names a part uniquely where the database insists on it: matched on that first,
# so that an update never takes a value another row still holds.
_NATURAL_KEYS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "timeline_event": lambda record: record.get("fingerprint"),
    "acknowledgement": lambda record: (record.get("kind"), record.get("fingerprint")),
}


def _match(
    part: str,
    base: Mapping[Any, Mapping[str, Any]],
    listed: Sequence[tuple[dict[str, Any], str | None]],
    refs: dict[str, Any],
) -> dict[Any, dict[str, Any]]:
    """Give each listed part the key of the `base` part it is (by a unique field where
    there is one; else unchanged ones line up and, between them, changed ones pair in
    order); the rest are new."""
    order = _dump_order(part, base)
    depths = _depths(base) if part == "why" else {}
    signatures = {key: _signature(base[key], depths.get(key)) for key in order}
    file_signatures = [_signature(record, record.pop("_depth", None)) for record, _ref in listed]
    keys: list[Any] = [None] * len(listed)
    natural = _NATURAL_KEYS.get(part)
    if natural is not None:
        by_value = {natural(base[key]): key for key in order}
        for index, (record, _ref) in enumerate(listed):
            keys[index] = by_value.pop(natural(record), None)
    taken = set(keys)
    left = [key for key in order if key not in taken]
    unmatched = [index for index, key in enumerate(keys) if key is None]
    matcher = SequenceMatcher(
        None,
        [signatures[key] for key in left],
        [file_signatures[index] for index in unmatched],
        autojunk=False,
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            for offset in range(min(i2 - i1, j2 - j1)):
                keys[unmatched[j1 + offset]] = left[i1 + offset]
    matched: dict[Any, dict[str, Any]] = {}
    for index, (record, ref) in enumerate(listed):
        key = keys[index] if keys[index] is not None else f"new-{part}-{index}"
        matched[key] = record
        if ref is not None:
            refs[ref] = key
    return matched


# --- merging ---------------------------------------------------------------------------


def merge(base: Records, mine: Records, theirs: Records) -> tuple[Records, list[str]]:
    """Three-way, field by field: what only one side changed, it has; what both
    changed alike, too. Returns the result and what both changed differently."""
    target: Records = {}
    conflicts: list[str] = []
    for part in ("postmortem", *_PARTS):
        b, m, t = base.get(part, {}), mine.get(part, {}), theirs.get(part, {})
        result: dict[Any, dict[str, Any]] = {}
        for key in [
            *t,
            *(k for k in m if k not in t),
            *(k for k in b if k not in t and k not in m),
        ]:
            before, file_side, stored = b.get(key), m.get(key), t.get(key)
            if before is None:  # new on one side
                added = file_side if file_side is not None else stored
                if added is not None:
                    result[key] = added
                continue
            if file_side is None and stored is None:
                continue  # removed on both sides
            if stored is None:
                if _changed(before, file_side or {}):
                    conflicts.append(f"{_name(part, before)} (changed in the file, removed here)")
                continue
            if file_side is None:
                if _changed(before, stored):
                    conflicts.append(f"{_name(part, stored)} (removed in the file, changed here)")
                    result[key] = stored
                continue
            result[key] = _merge_fields(part, before, file_side, stored, conflicts)
        target[part] = result
    return target, conflicts


def _changed(before: Mapping[str, Any], now: Mapping[str, Any]) -> bool:
    return any(
        value is UNKNOWN or value != now.get(field)
        for field, value in before.items()
        if field not in ARRANGEMENT and field in now
    )


def _merge_fields(
    part: str,
    before: Mapping[str, Any],
    file_side: Mapping[str, Any],
    stored: Mapping[str, Any],
    conflicts: list[str],
) -> dict[str, Any]:
    merged = dict(stored)
    for field, mine in file_side.items():
        theirs = stored.get(field)
        base = before.get(field, UNKNOWN)
        if field in LINK_FIELDS and base is not UNKNOWN:
            # Links merge as sets: both sides' links and unlinks.
            added = set(mine) - set(base)
            dropped = set(base) - set(mine)
            merged[field] = sorted((set(theirs or ()) | added) - dropped, key=str)
        elif field in ARRANGEMENT:
            merged[field] = theirs if mine == base else mine
        elif mine in (theirs, base):
            merged[field] = theirs
        elif theirs == base:
            merged[field] = mine
        else:
            what = field_label(field)
            where = "" if part == "postmortem" else f"{_name(part, stored)} · "
            conflicts.append(f"{where}{what}")
    return merged


def _name(part: str, record: Mapping[str, Any]) -> str:
    """What people know a part by, from its record (label_of of a copy in memory)."""
    model = _MODELS[part]
    values = {
        k: _from_json(model, k, v)
        for k, v in record.items()
        if k not in _LINKED_PART and v is not UNKNOWN and k in inspect(model).columns
    }
    return label_of(model(**values))


# --- applying ------------------------------------------------------------------------


def _from_json(model: type[Any], field: str, value: Any) -> Any:
    # The mapper's columns: a table's, and expressions such as facilitator_notes.
    column_type = inspect(model).columns[field].type
    if value is None:
        return None
    if isinstance(column_type, UtcDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, SqlEnum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    return list(value) if isinstance(value, list) else value


def _set(instance: object, field: str, value: Any) -> None:
    # Only what differs: an unchanged field is no change in the history.
    if getattr(instance, field) != value:
        setattr(instance, field, value)


def apply(pm: Postmortem, target: Records) -> None:
    """Make `pm` what `target` says, changing only what differs."""
    for field, value in target["postmortem"][pm.id].items():
        python = _from_json(Postmortem, field, value)
        # Only a publication makes a post-mortem published; a file brings none.
        if field == "status" and value == "published" and not pm.publications:
            continue
        _set(pm, field, python)
    stored: dict[tuple[str, Any], object] = {}
    for part in _PARTS:
        if part == "trigger_assessment":
            if pm.trigger_assessment is not None:
                stored[(part, pm.trigger_assessment.id)] = pm.trigger_assessment
        else:
            for obj in getattr(pm, COLLECTIONS[part]):
                stored[(part, obj.id)] = obj
    objects: dict[tuple[str, Any], Any] = {}
    for part in _PARTS:
        model = _MODELS[part]
        for key, record in target[part].items():
            obj = stored.get((part, key)) or model()
            for field, value in record.items():
                if field not in LINK_FIELDS and field not in _RELATIONSHIPS:
                    _set(obj, field, _from_json(model, field, value))
            objects[(part, key)] = obj

    def linked(part: str, key: Any) -> Any:
        return None if key is None else objects.get((part, key))

    for (part, key), obj in objects.items():
        record = target[part][key]
        for field, other in _LINKED_PART.items():
            if field not in record:
                continue
            value = record[field]
            if isinstance(value, list):
                items = [linked(other, k) for k in value]
                wanted = [item for item in items if item is not None]
                if [id(x) for x in getattr(obj, field)] != [id(x) for x in wanted]:
                    setattr(obj, field, wanted)
            else:
                _set(obj, _RELATIONSHIPS[field], linked(other, value))
    for part in _PARTS:
        kept = [objects[(part, key)] for key in target[part]]
        if part == "trigger_assessment":
            _set(pm, "trigger_assessment", kept[0] if kept else None)
            continue
        collection = COLLECTIONS[part]
        if hasattr(_MODELS[part], "position"):
            _renumber(kept, _sibling_group if part == "why" else lambda _obj: None)
        if {id(x) for x in getattr(pm, collection)} != {id(x) for x in kept}:
            setattr(pm, collection, kept)


def _sibling_group(why: Any) -> int:
    return id(why.parent)


def _renumber(items: list[Any], group: Callable[[Any], Any]) -> None:
    """Positions 0, 1, … within each group, in their order (stored parts first on a tie)."""
    groups: dict[Any, list[Any]] = {}
    for index, item in enumerate(items):
        groups.setdefault(group(item), []).append((item.position, item.id is None, index, item))
    for members in groups.values():
        for position, (*_rank, item) in enumerate(sorted(members, key=lambda m: m[:3])):
            _set(item, "position", position)
