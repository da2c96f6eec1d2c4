"""Application logs: JSON lines (ECS, Bunyan, pino, structlog, Docker/CRI) and logfmt."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import msgspec
import orjson

from pmdesk.domain.limits import TEXT_MAX_CHARS

from ._common import stream_document
from ._io import (
    InputSource,
    Member,
    check_text_head,
    decode_line,
    iter_lines,
    line_encoding,
    loads_line,
)
from ._model import ImportedEvent
from ._sink import Sink, ZoneRequiredError, normalise_level
from ._time import (
    PLAUSIBLE_YEARS,
    UTC,
    LocalClock,
    guessed_epoch_to_utc,
    offset_label,
    parse_iso,
)

__all__ = ["import_jsonl", "import_logfmt", "parse_log_time", "tokenize_logfmt"]

TIME_KEYS = (
    "@timestamp",
    "timestamp",
    "time",
    "ts",
    "t",
    "datetime",
    "date",
    "eventTime",
    "asctime",
    "created",
    "_ts",
    "@t",  # Serilog compact JSON (CLEF)
    "Timestamp",  # Serilog/NLog JSON
    "time_iso8601",
    "receiveTimestamp",  # Google Cloud Logging, when the entry has no timestamp
)
MESSAGE_KEYS = (
    "message",
    "msg",
    "event",
    "log",
    "text",
    "@message",
    "@m",
    "@mt",
    "Message",
    "RenderedMessage",
    "MessageTemplate",
    "textPayload",  # Google Cloud Logging
    "jsonPayload.message",
    "jsonPayload.msg",
    "line",  # Loki/Grafana exports
)
LEVEL_KEYS = ("log.level", "level", "severity", "levelname", "lvl", "@l", "Level", "loglevel")
AUTHOR_KEYS = (
    "service.name",
    "name",
    "logger",
    "log.logger",
    "logger_name",
    "kubernetes.pod.name",
    "container.name",
    "app",
    "component",
    "SourceContext",
    "logger.name",
)
HOST_KEYS = ("host.hostname", "hostname", "host.name", "host")
ERROR_KEYS = ("error.stack_trace", "err.stack", "exception", "exc_info", "stack", "error.message")
ID_KEYS = ("event.id", "_id", "id")
# Absent. The same value as an absent key of a record type (see `_compile_record_reader`).
_MISSING: Any = msgspec.UNSET
_CRI_RE = re.compile(r"^(\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d)) (stdout|stderr) ([FP]) ?(.*)$")
_ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_PLAIN_KEY_RE = re.compile(r'[^\\"\x00-\x1f]*')
_PREFIXES = (b'{"@timestamp":"', b'{"@timestamp": "')


def lookup(record: dict[str, Any], dotted: str) -> Any:
    """Find a key given as ``a.b.c`` either as a flat dotted key or as nested objects.

    ECS documents mix both forms (``"log.level"`` next to ``"log": {"logger": …}``).
    """
    value = record.get(dotted, _MISSING)
    if value is not _MISSING or "." not in dotted:
        return value
    head, _, rest = dotted.partition(".")
    inner = record.get(head, _MISSING)
    if isinstance(inner, dict):
        return lookup(inner, rest)
    return _MISSING


# A record's candidate keys for one field (see `_JsonLineReader._reader`): a top-level
# key as (key, None, ""), a dotted path into nested objects as (key, head, rest).
Candidates = tuple[tuple[str, str | None, str], ...]
# Reads the fields (time, message, error, level, author, host, id) of a record, each
# the first of its candidates that holds a value.
FieldReader = Callable[[Any], tuple[Any, ...]]
# The keys of a Docker json-file envelope: {"log": "…", "stream": "stdout", "time": "…"}.
_DOCKER_KEYS = ("log", "stream", "time")
# How many distinct top-level keys, and how many new ones after the first, a file's
# lines may show before its lines are no longer decoded into a record type: a file
# whose keys are data (ids as keys) would rebuild the type for ever.
_MAX_RECORD_KEYS = 256
_MAX_RECORD_TYPES = 32


def candidates_among(keys: tuple[str, ...], present: set[str]) -> Candidates:
    """Which of a field's `keys` a record with the top-level keys `present` can hold:
    each as itself, or as a path into an object that is there."""
    found: list[tuple[str, str | None, str]] = []
    for key in keys:
        head, _, rest = key.partition(".")
        if key in present:
            found.append((key, None, ""))
        elif rest and head in present:
            found.append((key, head, rest))
    return tuple(found)


def _first(record: dict[str, Any], candidates: Candidates) -> Any:
    """The first candidate's value that is there and not null or empty, or _MISSING."""
    for key, head, rest in candidates:
        if head is None:
            value = record.get(key, _MISSING)
        else:
            inner = record.get(head)
            if type(inner) is not dict:
                continue
            value = inner.get(rest, _MISSING) if "." not in rest else lookup(inner, rest)
        if value is not _MISSING and value is not None and value != "":
            return value
    return _MISSING


def _compile_reader(fields: tuple[Candidates, ...], *, envelope: bool = False) -> FieldReader:
    """The reader for one shape, from each field's candidates among its keys, and
    whether the shape has a Docker envelope's keys.

    This runs for every line of files of millions: like `dataclasses` builds an
    `__init__`, it is Python source made for the shape and compiled once, which reads
    each field's first candidate directly (a shape's keys are all there) and searches
    its other candidates only when that holds null or "" — about a third of the time
    a generic loop over the candidates takes.
    """
    lines = ["def read(record):"]
    constants: dict[str, Any] = {"_first": _first, "_MISSING": _MISSING}
    for number, candidates in enumerate(fields):
        value, rest = f"v{number}", f"rest{number}"
        constants[rest] = candidates[1:]
        key, head, inner = candidates[0] if candidates else ("", None, "")
        if not candidates:
            lines.append(f"    {value} = _MISSING")
            continue
        if head is None:
            lines.append(f"    {value} = record[{key!r}]")
        elif "." not in inner:
            lines.append(f"    {value} = record[{head!r}]")
            lines.append(f"    {value} = {value}.get({inner!r}) if type({value}) is dict else None")
        else:
            constants[rest] = candidates
            lines.append(f"    {value} = _first(record, {rest})")
            continue
        lines.append(f'    if {value} is None or {value} == "":')
        fallback = f"_first(record, {rest})" if candidates[1:] else "_MISSING"
        lines.append(f"        {value} = {fallback}")
    # A Docker json-file envelope (see `_DOCKER_KEYS`): its body and time.
    wrapped = "(record['log'], record['time']) if type(record['log']) is str else None"
    lines.append(f"    wrapped = {wrapped if envelope else None}")
    lines.append(f"    return ({', '.join(f'v{n}' for n in range(len(fields)))}, wrapped)")
    namespace = dict(constants)
    exec("\n".join(lines), namespace)  # only repr() of key names reaches the source
    reader: FieldReader = namespace["read"]
    return reader


def _compile_record_reader(
    fields: tuple[tuple[str, ...], ...], known: Sequence[str]
) -> tuple[Callable[[bytes], Any], FieldReader]:
    """A decoder for the lines of a file whose records have only the `known` keys, and
    the reader of its records' fields (each field given by its candidate keys).

    msgspec decodes a line straight into a record type made for those keys, in C: the
    keys no field names are only skipped over (`msgspec.Raw`), and no dict is built. A
    line with a key not known yet is refused (`forbid_unknown_fields`), so that it takes
    the careful path, which learns its keys. On ECS lines this takes about a sixth off
    a line's whole import, against orjson's dict read by the shape's reader.

    The reader is source made for the keys, like `_compile_reader`; a record may lack
    any known key, so each candidate is tested. A dotted key (``log.level``) is read as
    the flat key and, only where that is absent, as a path into its head's object, as
    `candidates_among` reads a record of one shape.
    """
    # msgspec cannot name a field with these: a line with such a key is never decoded
    # into the record type, so it takes the careful path.
    known = [name for name in known if _PLAIN_KEY_RE.fullmatch(name)]
    named = {name for keys in fields for key in keys for name in (key, key.partition(".")[0])}
    named.update(_DOCKER_KEYS)
    attribute = {name: f"k{number}" for number, name in enumerate(known)}
    record_type = msgspec.defstruct(
        "LogRecord",
        [(attribute[name], Any if name in named else msgspec.Raw, _MISSING) for name in known],
        rename={attribute[name]: name for name in known},
        forbid_unknown_fields=True,
        # Decoded JSON refers to nothing else, so it is never part of a cycle.
        gc=False,
    )
    lines = ["def read(record):"]
    for number, keys in enumerate(fields):
        value = f"v{number}"
        lines.append(f"    {value} = _MISSING")
        # Each next candidate is read only when the ones before it held nothing.
        indent = "    "
        for key in keys:
            head, _, rest = key.partition(".")
            flat = key in attribute
            nested = bool(rest) and head in attribute
            if not (flat or nested):
                continue
            inner = indent
            if flat:
                lines.append(f"{indent}{value} = record.{attribute[key]}")
            if flat and nested:
                lines.append(f"{indent}if {value} is _MISSING:")
                inner += "    "
            if nested:
                found = f"{value}.get({rest!r}, _MISSING)"
                if "." in rest:
                    found = f"lookup({value}, {rest!r})"
                lines.append(f"{inner}{value} = record.{attribute[head]}")
                lines.append(f"{inner}{value} = {found} if type({value}) is dict else _MISSING")
            lines.append(f'{indent}if {value} is _MISSING or {value} is None or {value} == "":')
            indent += "    "
            lines.append(f"{indent}{value} = _MISSING")
    if all(name in attribute for name in _DOCKER_KEYS):
        log, stream, time = (f"record.{attribute[name]}" for name in _DOCKER_KEYS)
        lines.append(
            f"    wrapped = ({log}, {time}) if type({log}) is str and {stream} is not _MISSING"
            f" and {time} is not _MISSING else None"
        )
    else:
        lines.append("    wrapped = None")
    lines.append(f"    return ({', '.join(f'v{n}' for n in range(len(fields)))}, wrapped)")
    namespace: dict[str, Any] = {"_MISSING": _MISSING, "lookup": lookup}
    exec("\n".join(lines), namespace)  # only repr() of key names reaches the source
    reader: FieldReader = namespace["read"]
    return msgspec.json.Decoder(record_type).decode, reader


TimeParts = tuple[datetime, str, str, bool, tuple[str, ...]]


_NO_FLAGS: tuple[str, ...] = ()
_fromisoformat = datetime.fromisoformat


def _utc_time(value: str) -> datetime | None:
    """`value` read as an RFC 3339 time in UTC ("…Z") of a plausible year, else None."""
    if value[-1:] != "Z":
        return None
    try:
        utc = datetime.fromisoformat(value)
    except ValueError:
        return None
    return utc if utc.year in PLAUSIBLE_YEARS else None


def parse_log_time(value: Any, clock_for: Any, *, unit: str | None = None) -> TimeParts | None:
    """Read a log timestamp: ISO string (aware or naive), epoch number or digits string.

    ``clock_for`` is a zero-argument callable returning the LocalClock for naive
    times (it raises when no zone was given). Returns (utc, original, zone label,
    zone assumed, flags) or None when the value is not a time.
    """
    if type(value) is str:
        # The common case first: an RFC 3339 time in UTC, as most loggers write it.
        utc = _utc_time(value)
        if utc is not None:
            return utc, value, "UTC", False, _NO_FLAGS
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            moment = guessed_epoch_to_utc(value, unit)
        except (ValueError, OverflowError):  # NaN, infinity
            return None
        return None if moment is None else (moment, _number_text(value), "UTC", False, ())
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if text.replace(".", "", 1).isascii() and text.replace(".", "", 1).isdigit():
        moment = guessed_epoch_to_utc(text, unit)
        return None if moment is None else (moment, value, "UTC", False, ())
    parsed = parse_iso(text)
    if parsed is None and "," in text:
        parsed = parse_iso(text.replace(",", ".", 1))  # Python logging's asctime
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        clock: LocalClock = clock_for()
        moment, flags = clock.to_utc(parsed)
        return moment, value, clock.label, True, flags
    return parsed.astimezone(UTC), value, offset_label(parsed), False, ()


def _number_text(value: float | int) -> str:
    return str(value) if isinstance(value, int) else repr(value)


def _native_id(value: Any) -> str | None:
    """A record's own id as text: a string or an integer, else none."""
    return value if type(value) is str else str(value) if isinstance(value, int) else None


def _text_of(value: Any, depth: int = 0) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        if depth > 8:
            return ""
        return "\n".join(_text_of(item, depth + 1) for item in value)
    if isinstance(value, dict):
        for key in ("message", "msg", "stack", "stack_trace"):
            if isinstance(value.get(key), str):
                return str(value[key])
        return ""
    return "" if value is None else str(value)


class _JsonLineReader:
    """Turns one decoded JSON-lines record into an event."""

    def __init__(self, sink: Sink, file_label: str) -> None:
        self.sink = sink
        self.file_label = file_label
        mapping = sink.options.jsonl_mapping or {}
        self.time_keys = (mapping["time"],) if mapping.get("time") else TIME_KEYS
        self.message_keys = (mapping["message"],) if mapping.get("message") else MESSAGE_KEYS
        self.level_keys = (mapping["level"],) if mapping.get("level") else LEVEL_KEYS
        self.author_keys = (mapping["author"],) if mapping.get("author") else AUTHOR_KEYS
        self.source_keys = (mapping["source"],) if mapping.get("source") else HOST_KEYS
        self.id_keys = (mapping["id"],) if mapping.get("id") else ID_KEYS
        self.unit = mapping.get("time_unit")
        self._clock: LocalClock | None = None
        self.fields = (
            self.time_keys,
            self.message_keys,
            ERROR_KEYS,
            self.level_keys,
            self.author_keys,
            self.source_keys,
            self.id_keys,
        )
        # How each field is read from a dict, per set of top-level keys: log lines of
        # one file share a handful of shapes, so the key search runs once per shape.
        self._readers: dict[tuple[str, ...], FieldReader] = {}
        # Lines decoded into a record type for the top-level keys the file's lines
        # have shown (see `learn`): `decode` is None until the first is read, and
        # again once the keys are too many.
        self._known: dict[str, None] = {}
        self._record_types = 0
        self.decode: Callable[[bytes], Any] | None = None
        self.read: FieldReader = self.fields_of
        # Log levels as written ("INFO", 30) to pmdesk's names: a file uses a few.
        self._levels: dict[object, str | None] = {}
        # Event source and author labels per (author, host) as read: one string
        # each, shared by the events, rather than one per event.
        self._origins: dict[tuple[str, str], tuple[str, str]] = {}

    def _reader(self, shape: tuple[str, ...]) -> FieldReader:
        present = set(shape)
        reader = _compile_reader(
            tuple(candidates_among(keys, present) for keys in self.fields),
            envelope=present.issuperset(_DOCKER_KEYS),
        )
        if len(self._readers) > 512:
            self._readers.clear()
        self._readers[shape] = reader
        return reader

    def fields_of(self, record: dict[str, Any]) -> tuple[Any, ...]:
        """A record's fields (see `FieldReader`), and its Docker envelope or None."""
        shape = tuple(record)
        return (self._readers.get(shape) or self._reader(shape))(record)

    def learn(self, record: dict[str, Any]) -> bool:
        """Take the keys of a record read the careful way into the record type; whether
        `decode` and `read` changed (see `_compile_record_reader`)."""
        if self._record_types > _MAX_RECORD_TYPES or record.keys() <= self._known.keys():
            return False
        self._known.update(dict.fromkeys(record))
        self._record_types += 1
        if len(self._known) > _MAX_RECORD_KEYS or self._record_types > _MAX_RECORD_TYPES:
            # Every line is decoded to a dict from now on.
            self._record_types = _MAX_RECORD_TYPES + 1
            self.decode, self.read = None, self.fields_of
        else:
            self.decode, self.read = _compile_record_reader(self.fields, tuple(self._known))
        return True

    def _level(self, value: Any) -> str | None:
        """pmdesk's name for a level as written that is not remembered yet."""
        if isinstance(value, dict | list):
            return None
        level = self._levels[value] = normalise_level(value)
        if len(self._levels) > 256:
            self._levels.clear()
        return level

    def clock(self) -> LocalClock:
        if self._clock is None:
            self._clock = self.sink.local_clock(self.file_label)
        return self._clock

    def event(
        self, values: tuple[Any, ...], envelope_time: Any = _MISSING
    ) -> ImportedEvent | str | None:
        """The event of a record's fields (see `FieldReader`), the reason the record
        was skipped, or None when outside the window."""
        time_value, message, error, level_value, author, host, native, _ = values
        if envelope_time is not _MISSING:
            time_value = envelope_time
        # The common case first, without a call: an RFC 3339 time in UTC, as most
        # loggers write it (the first case of `parse_log_time`).
        moment = None
        if type(time_value) is str and time_value[-1:] == "Z":
            try:
                moment = _fromisoformat(time_value)
            except ValueError:
                pass
        if moment is not None and moment.year in PLAUSIBLE_YEARS:
            original, zone, assumed, flags = time_value, "UTC", False, _NO_FLAGS
        else:
            if time_value is _MISSING:
                return "no timestamp field"
            try:
                parts = parse_log_time(time_value, self.clock, unit=self.unit)
            except ZoneRequiredError:
                return self.sink.zoneless(self.file_label)
            if parts is None:
                return f"unreadable timestamp {str(time_value)[:40]!r}"
            moment, original, zone, assumed, flags = parts
        if self.sink.windowed and not self.sink.in_window(moment):
            self.sink.filtered_out += 1
            return None
        text = (
            message
            if type(message) is str
            else _text_of(message)
            if message is not _MISSING
            else ""
        )
        if error is not _MISSING:
            detail = _text_of(error)
            if detail and detail not in text:
                text = f"{text}\n{detail}" if text else detail
        if not text:
            return "no message field"
        if "\x1b" in text:
            text = _ANSI_RE.sub("", text)
        label: str | None
        if type(author) is str and type(host) is str:
            origin = self._origins.get((author, host))
            if origin is None:
                origin = (f"log {host}", f"{author}@{host}")  # like syslog's ident@host
                if len(self._origins) > 256:
                    self._origins.clear()
                self._origins[author, host] = origin
            source, label = origin
        else:
            has_host = type(host) is str
            source = f"log {host}" if has_host else f"log {self.file_label}"
            label = author if type(author) is str else host if has_host else None
        try:
            level = self._levels[level_value]
        except (KeyError, TypeError):  # not seen yet, or an object or a list
            level = self._level(level_value)
        # Positional: several times cheaper than keywords for this many fields.
        return ImportedEvent(
            moment,
            original,
            zone,
            assumed,
            source,
            label,
            text.rstrip("\n"),
            "log",
            None if native is _MISSING else _native_id(native),
            flags,
            level,
        )


def _prefilter_possible(sink: Sink, reader: _JsonLineReader) -> bool:
    return (sink.since is not None or sink.until is not None) and reader.time_keys[
        0
    ] == "@timestamp"


def _log_document_targets(head: bytes) -> frozenset[tuple[str, ...]] | None:
    """Where the log records of a saved JSON document are, or None for JSON lines.

    ``gcloud logging read --format=json`` writes an array, ``aws logs
    filter-log-events`` an ``events`` list, Elasticsearch/Kibana ``hits.hits``.
    """
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        return frozenset({("*",)})
    if re.search(rb'"events"\s*:\s*\[\s*\{', head) and b'"logStreamName"' in head:
        return frozenset({("events", "*")})
    if re.search(rb'"hits"\s*:\s*\[', head) and b'"_source"' in head:
        return frozenset({("hits", "hits", "*")})
    return None


def _import_log_document(
    member: Member, sink: Sink, reader: _JsonLineReader, targets: frozenset[tuple[str, ...]]
) -> None:
    for number, _, record in stream_document(member, sink, targets, "log records"):
        if isinstance(record, dict) and isinstance(record.get("_source"), dict):
            source = dict(record["_source"])
            if "_id" in record:
                source.setdefault("_id", record["_id"])
            record = source
        if not isinstance(record, dict):
            sink.skip(number, f"record {number}: not a JSON object")
            continue
        event = reader.event(reader.fields_of(record))
        if isinstance(event, str):
            sink.skip(number, f"record {number}: {event}")
        elif event is not None:
            sink.add(event)


def import_jsonl(source: InputSource, sink: Sink) -> None:
    """Import JSON-lines application logs (one JSON object per line).

    Saved JSON documents of log records (a top-level array, CloudWatch ``events``,
    Elasticsearch ``hits.hits[]._source``) are read too.
    """
    member = source.single()
    head = check_text_head(member)
    reader = _JsonLineReader(sink, member.name)
    targets = _log_document_targets(head)
    if targets is not None:
        _import_log_document(member, sink, reader, targets)
        return
    prefilter = _prefilter_possible(sink, reader)
    since, until = sink.since, sink.until
    partial = ""
    loads, event_of, add = orjson.loads, reader.event, sink.collector()
    decode, read = reader.decode, reader.read
    with member.open() as stream:
        for number, raw in iter_lines(stream, lambda n: sink.skip(n, "line too long"), sink.tick):
            if prefilter and raw.startswith(_PREFIXES):
                # Cheap window test on the first key; exact because the key is the
                # object's first and only "@timestamp", and the value has no escapes.
                # Lines it drops are outside the window, so they are not validated:
                # a malformed line there is neither imported nor reported.
                start = 15 if raw[14] == 34 else 16
                end = raw.find(b'"', start)
                if end > 0 and raw.count(b'"@timestamp"') == 1:
                    try:
                        moment = datetime.fromisoformat(raw[start:end].decode("ascii"))
                    except (ValueError, UnicodeDecodeError):
                        moment = None
                    if (
                        moment is not None
                        and moment.tzinfo is not None
                        and (
                            (since is not None and moment < since)
                            or (until is not None and moment > until)
                        )
                    ):
                        sink.filtered_out += 1
                        continue
            # Most lines are one JSON object of keys seen before: decoded into the
            # record type as they are (JSON allows the line end around it). Any other
            # line takes the careful path below.
            values = None
            if decode is not None:
                try:
                    values = read(decode(raw))
                except msgspec.DecodeError:  # or its ValidationError: a new key
                    pass
            if values is None:
                try:
                    record = loads(raw)
                except orjson.JSONDecodeError:
                    record = None
                if type(record) is not dict:
                    stripped = raw.strip()
                    if not stripped:
                        continue
                    if stripped[:1] != b"{":
                        text, _ = decode_line(raw.rstrip(b"\r\n"))
                        cri = _CRI_RE.match(text)
                        if cri is None:
                            sink.skip(number, "not a JSON object")
                            continue
                        if cri.group(3) == "P":
                            # Only as much as an event keeps (the sink cuts the rest
                            # and says so): a file of nothing but partial lines is
                            # never gathered whole.
                            if len(partial) <= TEXT_MAX_CHARS:
                                partial += cri.group(4)
                            continue
                        body, partial = partial + cri.group(4), ""
                        _emit_wrapped(reader, sink, number, body, cri.group(1))
                        continue
                    try:
                        record = loads_line(stripped)
                    except ValueError as exc:
                        sink.skip(number, str(exc))
                        continue
                    if not isinstance(record, dict):
                        sink.skip(number, "not a JSON object")
                        continue
                if reader.learn(record):
                    decode, read = reader.decode, reader.read
                values = reader.fields_of(record)
            wrapped = values[-1]
            if wrapped is not None:
                _emit_wrapped(reader, sink, number, *wrapped)
                continue
            event = event_of(values)
            if isinstance(event, ImportedEvent):
                add(event)
            elif event is not None:
                sink.skip(number, event)


def _emit_wrapped(
    reader: _JsonLineReader, sink: Sink, number: int, body: str, envelope_time: Any
) -> None:
    """Docker json-file / CRI: the envelope time is primary; the body may be JSON."""
    body = body.rstrip("\n")
    inner: dict[str, Any] = {"message": body}
    if body.startswith("{"):
        try:
            parsed = loads_line(body)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            inner = parsed
    event = reader.event(reader.fields_of(inner), envelope_time=envelope_time)
    if isinstance(event, str):
        sink.skip(number, event)
    elif event is not None:
        sink.add(event)


# --- logfmt -----------------------------------------------------------------

_KEY_RE = re.compile(r"[^\s=\"]+")
_QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*+)"')
_UNQUOTED_RE = re.compile(r"[^\s]*")
_ESCAPE_RE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def tokenize_logfmt(line: str) -> dict[str, str | bool]:
    """Split a logfmt line into pairs; a bare key means True.

    Raises:
        ValueError: an unterminated quote or a stray character.
    """
    pairs: dict[str, str | bool] = {}
    position = 0
    length = len(line)
    while True:
        while position < length and line[position] in " \t\r\n":
            position += 1
        if position >= length:
            return pairs
        key_match = _KEY_RE.match(line, position)
        if key_match is None:
            raise ValueError(f"unexpected character at column {position + 1}")
        key = key_match.group()
        position = key_match.end()
        if position < length and line[position] == "=":
            position += 1
            if position < length and line[position] == '"':
                quoted = _QUOTED_RE.match(line, position)
                if quoted is None:
                    raise ValueError("unterminated quoted value")
                pairs[key] = _ESCAPE_RE.sub(
                    lambda m: _ESCAPES.get(m.group(1), m.group(1)), quoted.group(1)
                )
                position = quoted.end()
            else:
                plain = _UNQUOTED_RE.match(line, position)
                assert plain is not None  # the pattern matches the empty string
                pairs[key] = plain.group()
                position = plain.end()
        else:
            pairs[key] = True


_LOGFMT_TIME = ("ts", "time", "t", "timestamp", "@timestamp", "date")
_LOGFMT_MESSAGE = ("msg", "message", "event", "err", "error")
_LOGFMT_LEVEL = ("level", "lvl", "severity", "loglevel")
_LOGFMT_AUTHOR = ("component", "logger", "app", "service", "caller", "module")
_LOGFMT_HOST = ("host", "hostname", "instance")


def import_logfmt(source: InputSource, sink: Sink) -> None:
    """Import logfmt lines (go-kit ``ts=… level=… msg=…`` and slog ``time=…`` style)."""
    member = source.single()
    legacy = line_encoding(member, sink.warn)
    clock: list[LocalClock] = []

    def clock_for() -> LocalClock:
        if not clock:
            clock.append(sink.local_clock(member.name))
        return clock[0]

    with member.open() as stream:
        for number, raw in iter_lines(stream, lambda n: sink.skip(n, "line too long"), sink.tick):
            text = sink.line_text(raw, legacy)
            text = text.strip()
            if not text:
                continue
            try:
                pairs = tokenize_logfmt(text)
            except ValueError as exc:
                sink.skip(number, str(exc))
                continue
            values = {k: v for k, v in pairs.items() if isinstance(v, str)}
            time_value = next((values[k] for k in _LOGFMT_TIME if values.get(k)), None)
            if time_value is None or "=" not in text:
                sink.skip(number, "no timestamp (ts=, time=, t=)")
                continue
            try:
                parts = parse_log_time(time_value, clock_for)
            except ZoneRequiredError:
                sink.skip(number, sink.zoneless(member.name))
                continue
            if parts is None:
                sink.skip(number, f"unreadable timestamp {time_value[:40]!r}")
                continue
            message = next((values[k] for k in _LOGFMT_MESSAGE if values.get(k)), None)
            if message is None:
                rest = [
                    f"{k}={v}" for k, v in values.items() if k not in _LOGFMT_TIME + _LOGFMT_LEVEL
                ]
                message = " ".join(rest)
            if not message:
                sink.skip(number, "no message (msg=)")
                continue
            moment, original, zone, assumed, flags = parts
            level_value = next((values[k] for k in _LOGFMT_LEVEL if values.get(k)), None)
            author = next((values[k] for k in _LOGFMT_AUTHOR if values.get(k)), None)
            host = next((values[k] for k in _LOGFMT_HOST if values.get(k)), None)
            sink.add(
                ImportedEvent(
                    time_utc=moment,
                    original_time=original,
                    source_zone=zone,
                    zone_assumed=assumed,
                    source=f"logfmt {host or member.name}",
                    author=author,
                    text=message,
                    kind="log",
                    native_id=None,
                    flags=flags,
                    level=normalise_level(level_value),
                )
            )
