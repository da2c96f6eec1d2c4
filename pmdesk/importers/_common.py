"""Helpers shared by the importers of whole JSON documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pmdesk.errors import UserFacingError

from ._io import JsonStreamError, Member, check_text_head, iter_json_records
from ._sink import Sink
from ._time import LocalClock

__all__ = [
    "TimeReader",
    "as_dict",
    "as_str",
    "dig",
    "iter_records",
    "list_targets",
    "stream_document",
    "text_or_none",
]

JsonPath = tuple[str, ...]
# Documents up to this size are parsed at once; larger ones are streamed with ijson.
SMALL_DOCUMENT = 8 * 1024 * 1024


def dig(record: Any, *keys: str) -> Any:
    """Follow nested keys through dicts; None when any step is missing."""
    current = record
    for key in keys:
        if not isinstance(current, dict):
            return None
        current = current.get(key)
    return current


def as_dict(value: Any) -> dict[str, Any]:
    """The value when it is a JSON object, else an empty dict."""
    return value if isinstance(value, dict) else {}


def as_str(value: Any) -> str:
    """The value when it is a string, else an empty string."""
    return value if isinstance(value, str) else ""


def text_or_none(value: Any) -> str | None:
    """The value when it is a non-empty string, else None."""
    return value if isinstance(value, str) and value.strip() else None


def list_targets(head: bytes, *list_keys: str) -> tuple[frozenset[JsonPath], bool]:
    """Where the records of a JSON document sit, judged from its head.

    Returns the target paths and whether the file may hold several top-level
    values (JSON lines, or pages concatenated by ``gh api --paginate``).
    """
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        return frozenset({("*",)}), True
    present = [key for key in list_keys if f'"{key}"'.encode() in head]
    if present:
        return frozenset((key, "*") for key in present), True
    return frozenset({()}), True


def stream_document(
    member: Member, sink: Sink, targets: frozenset[JsonPath], what: str, *, multiple: bool = False
) -> Iterator[tuple[int, JsonPath, Any]]:
    """Yield (record number, path, record) from a JSON document, streaming.

    Raises:
        UserFacingError: the document is unreadable before any record, or holds none.
    """
    check_text_head(member)
    count = 0
    try:
        for path, value in iter_records(member, targets, multiple=multiple, sink=sink):
            count += 1
            yield count, path, value
    except JsonStreamError as exc:
        if count == 0:
            raise UserFacingError(
                f"{member.name} could not be read as {what}: {exc.reason}.",
                "Check that the file is a complete, unmodified export.",
            ) from None
        sink.skip(count + 1, exc.reason)
        sink.warn(
            f"{member.name}: {exc.reason}; the {count} records before that point were imported."
        )
    if count == 0:
        raise UserFacingError(
            f"{member.name} holds no {what}.",
            "Check that the file is the right export, or choose another format.",
        )


def _position(stream: Any) -> int:
    try:
        return int(stream.tell())
    except (AttributeError, OSError, ValueError):
        return 0


def iter_records(
    member: Member,
    targets: frozenset[JsonPath],
    *,
    multiple: bool = False,
    sink: Sink | None = None,
) -> Iterator[tuple[JsonPath, Any]]:
    """(path, value) for every target of a JSON document, in document order.

    Small documents are parsed at once; bigger ones (and any that are not clean
    JSON) are streamed, so memory stays flat.

    Raises:
        JsonStreamError: malformed or too deeply nested JSON (after yielding the
            records before the trouble).
    """
    values = _load_small(member, multiple) if member.size <= SMALL_DOCUMENT else None
    if values is not None:
        prefixes = {target[:i] for target in targets for i in range(len(target))}
        for value in values:
            yield from _walk(value, (), targets, prefixes)
        return
    count = 0
    with member.open() as stream:
        for item in iter_json_records(stream, targets, multiple_values=multiple):
            count += 1
            if sink is not None and not count & 511:
                sink.tick(_position(stream))
            yield item


def _load_small(member: Member, multiple: bool) -> list[Any] | None:
    """Parse a small document at once (much faster than streaming it).

    None when it is not clean JSON: the streaming reader then reports the exact
    trouble and keeps the records before a cut-off point.
    """
    with member.open() as stream:
        data = stream.read(SMALL_DOCUMENT + 1)
    try:
        text = data.decode("utf-8").lstrip("\ufeff")
        if not multiple:
            return [json.loads(text)]
        decoder = json.JSONDecoder()
        values: list[Any] = []
        position = 0
        length = len(text)
        while True:
            while position < length and text[position] in " \t\r\n\x1e":
                position += 1
            if position >= length:
                return values
            value, position = decoder.raw_decode(text, position)
            values.append(value)
    except (ValueError, RecursionError):
        return None


def _walk(
    value: Any, path: JsonPath, targets: frozenset[JsonPath], prefixes: set[JsonPath]
) -> Iterator[tuple[JsonPath, Any]]:
    """(path, value) for each target path in a loaded document, in document order."""
    if path in targets:
        yield path, value
    elif path in prefixes:
        if isinstance(value, dict):
            for key, item in value.items():
                yield from _walk(item, (*path, key), targets, prefixes)
        elif isinstance(value, list):
            for item in value:
                yield from _walk(item, (*path, "*"), targets, prefixes)


class TimeReader:
    """Reads timestamps of one source; naive ones need the user's zone."""

    def __init__(self, sink: Sink, label: str) -> None:
        self.sink = sink
        self.label = label
        self._clock: LocalClock | None = None

    def clock(self) -> LocalClock:
        """The local clock (raises UserFacingError without a zone)."""
        if self._clock is None:
            self._clock = self.sink.local_clock(self.label)
        return self._clock
