"""Web server logs: nginx/Apache access logs (combined/common) and their error logs.

Access logs are huge, so the timeline gets what matters: the first and the last
5xx response, for every minute with server errors one aggregate event, and every
request of a signed-in user that changes something (an administrator posting a
status-page update). Error-log lines become individual events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo

from pmdesk.errors import UserFacingError

from ._io import InputSource, iter_lines, line_encoding
from ._model import ImportedEvent
from ._sink import Sink, normalise_level
from ._time import PLAUSIBLE_YEARS, UTC, LocalClock, epoch_to_utc, offset_label, parse_iso

__all__ = ["compile_access_format", "import_access_log", "parse_access_line"]

_Q = r'"((?:[^"\\]|\\.)*+)"'
_ACCESS_RE = re.compile(
    r"^(\S+) (\S+) (.+?) \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] "
    + _Q
    + r" (\d{3}) (\d+|-)(?: "
    + _Q
    + " "
    + _Q
    + ")?"
)
_NGINX_ERROR_RE = re.compile(
    r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (\d+)#\d+: (.*)$"
)
_APACHE_ERROR_RE = re.compile(
    r"^\[\w{3} (\w{3}) ([ \d]?\d) (\d\d):(\d\d):(\d\d)(?:\.\d+)? (\d{4})\] "
    r"\[(?:[\w-]*:)?(\w+)\] (.*)$"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_ESCAPE_RE = re.compile(r"\\x([0-9a-fA-F]{2})|\\(.)")
_ZONES: dict[str, tzinfo] = {}


def _unescape(value: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0x20 <= code < 0x7F else f"\\x{match.group(1)}"
        return match.group(2)

    return _ESCAPE_RE.sub(replace, value) if "\\" in value else value


def _zone(offset: str) -> tzinfo:
    zone = _ZONES.get(offset)
    if zone is None:
        minutes = int(offset[1:3]) * 60 + int(offset[3:5])
        zone = timezone(timedelta(minutes=-minutes if offset[0] == "-" else minutes))
        _ZONES[offset] = zone
    return zone


@dataclass
class AccessLine:
    """One parsed access-log line."""

    moment: datetime
    original: str
    zone: str
    client: str
    user: str | None
    request: str
    status: int


def parse_access_line(line: str) -> AccessLine | None:
    """Parse a combined/common access-log line; None when it is not one."""
    match = _ACCESS_RE.match(line)
    if match is None:
        return None
    month = _MONTHS.get(match.group(5))
    if month is None:
        return None
    offset = match.group(10)
    if int(match.group(6)) not in PLAUSIBLE_YEARS:
        return None
    try:
        local = datetime(
            int(match.group(6)),
            month,
            int(match.group(4)),
            int(match.group(7)),
            int(match.group(8)),
            int(match.group(9)),
            tzinfo=_zone(offset),
        )
    except ValueError:
        return None
    user = match.group(3)
    return AccessLine(
        moment=local.astimezone(UTC),
        original=line[match.start(4) : match.end(10)],
        zone=offset_label(local),
        client=match.group(1),
        user=None if user == "-" else user,
        request=_unescape(match.group(11)),
        status=int(match.group(12)),
    )


@dataclass
class _Minute:
    total: int = 0
    errors: int = 0
    first_original: str = ""
    zone: str = "UTC"
    paths: dict[str, int] = field(default_factory=dict)


# Methods that only read; other requests by a signed-in user are actions worth a line.
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _user_action(parsed: AccessLine, label: str, number: int) -> ImportedEvent | None:
    """The event for a signed-in user's request that changes something, else None."""
    if parsed.user is None or parsed.request.split(" ", 1)[0] in _READ_METHODS:
        return None
    level = "error" if parsed.status >= 500 else "warning" if parsed.status >= 400 else "info"
    return ImportedEvent(
        time_utc=parsed.moment,
        original_time=parsed.original,
        source_zone=parsed.zone,
        zone_assumed=False,
        source=label,
        author=parsed.user,
        text=f"{_endpoint(parsed.request)} → {parsed.status}",
        kind="access-log",
        native_id=f"{label}:line:{number}",
        level=level,
    )


def _endpoint(request: str) -> str:
    parts = request.split(" ")
    if len(parts) >= 2:
        return f"{parts[0]} {parts[1].split('?', 1)[0]}"[:120]
    return request[:120]


_NGINX_VARIABLE = re.compile(r"\$(?:\{(\w+)\}|(\w+))")
_APACHE_DIRECTIVE = re.compile(r"%[<>]?(?:\{([^}]*)\})?([a-zA-Z])")
_CANONICAL = {
    "remote_addr": "client",
    "h": "client",
    "a": "client",
    "remote_user": "user",
    "u": "user",
    "time_local": "time_local",
    "t": "time_local",
    "time_iso8601": "time_iso",
    "msec": "msec",
    "request": "request",
    "r": "request",
    "status": "status",
    "s": "status",
    "request_method": "method",
    "m": "method",
    "request_uri": "uri",
    "U": "uri",
}
_TIME_LOCAL = r"\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}"


def compile_access_format(log_format: str) -> re.Pattern[str]:
    """Compile an nginx ``log_format`` or Apache ``LogFormat`` string into a regex.

    Known fields become named groups (client, user, time_local, time_iso, msec,
    request, method, uri, status); others match without being kept.

    Raises:
        UserFacingError: the format has no time or no status field.
    """
    is_apache = "%" in log_format and "$" not in log_format
    token = _APACHE_DIRECTIVE if is_apache else _NGINX_VARIABLE
    text = log_format.replace('\\"', '"')
    parts: list[str] = ["^"]
    used: set[str] = set()
    position = 0
    for match in token.finditer(text):
        literal = text[position : match.start()]
        parts.append(re.escape(literal))
        if is_apache:
            brace, letter = match.group(1), match.group(2)
            name = _CANONICAL.get(letter) if brace is None else None
            if letter == "t" and brace:
                name = None  # a custom strftime time format: not supported
        else:
            name = _CANONICAL.get(match.group(1) or match.group(2))
        quoted = literal.endswith('"')
        if name == "time_local":
            body = r"\[" + f"(?P<time_local>{_TIME_LOCAL})" + r"\]" if is_apache else None
            if body is not None and name not in used:
                parts.append(body)
                used.add(name)
                position = match.end()
                continue
            pattern = _TIME_LOCAL
        elif quoted:
            pattern = r'(?:[^"\\]|\\.)*+'
        elif literal.endswith("["):
            pattern = r"[^\]]*"
        else:
            pattern = r"\S*" if name != "request" else r"\S+(?: \S+)*?"
        if name is not None and name not in used:
            parts.append(f"(?P<{name}>{pattern})")
            used.add(name)
        else:
            parts.append(f"(?:{pattern})")
        position = match.end()
    parts.append(re.escape(text[position:]))
    if not used & {"time_local", "time_iso", "msec"} or "status" not in used:
        raise UserFacingError(
            "The access log format has no time or no status field.",
            "Give the log_format/LogFormat line the server uses, with $time_local (or %t) "
            "and $status (or %>s).",
        )
    return re.compile("".join(parts))


def _parse_custom(line: str, pattern: re.Pattern[str]) -> AccessLine | None:
    match = pattern.match(line)
    if match is None:
        return None
    fields = match.groupdict()
    local: datetime | None = None
    original = ""
    if fields.get("time_local"):
        original = fields["time_local"]
        local = _time_local(original)
    elif fields.get("time_iso"):
        original = fields["time_iso"]
        local = parse_iso(original)
    elif fields.get("msec"):
        original = fields["msec"]
        local = epoch_to_utc(original, "s")
    if local is None or local.tzinfo is None:
        return None
    status = fields.get("status") or ""
    if not (status.isascii() and status.isdigit()):
        return None
    request = fields.get("request") or " ".join(
        p for p in (fields.get("method"), fields.get("uri")) if p
    )
    user = fields.get("user")
    return AccessLine(
        moment=local.astimezone(UTC),
        original=original,
        zone=offset_label(local),
        client=fields.get("client") or "",
        user=None if user in (None, "-", "") else user,
        request=_unescape(request),
        status=int(status),
    )


def _time_local(text: str) -> datetime | None:
    try:
        day, month_name, rest = text.split("/", 2)
        year, hour, minute, second_zone = rest.split(":", 3)
        second, offset = second_zone.split(" ")
        month = _MONTHS[month_name]
        if int(year) not in PLAUSIBLE_YEARS:
            return None
        return datetime(
            int(year), month, int(day), int(hour), int(minute), int(second), tzinfo=_zone(offset)
        )
    except (ValueError, KeyError):
        return None


def import_access_log(source: InputSource, sink: Sink) -> None:
    """Import an nginx/Apache access log (as aggregates) or error log (as lines)."""
    member = source.single()
    legacy = line_encoding(member, sink.warn)
    label = f"access-log {member.name}"
    minutes: dict[datetime, _Minute] = {}
    first_error: AccessLine | None = None
    last_error: AccessLine | None = None
    clock: LocalClock | None = None
    requests = 0
    actions = 0
    log_format = sink.options.access_log_format
    custom = compile_access_format(log_format) if log_format else None
    with member.open() as stream:
        for number, raw in iter_lines(stream, lambda n: sink.skip(n, "line too long"), sink.tick):
            text = sink.line_text(raw, legacy)
            line = text.rstrip("\r\n")
            if not line.strip():
                continue
            parsed = parse_access_line(line) if custom is None else _parse_custom(line, custom)
            if parsed is not None:
                if not sink.in_window(parsed.moment):
                    sink.filtered_out += 1
                    continue
                requests += 1
                action = _user_action(parsed, label, number)
                if action is not None:
                    actions += sink.add(action)
                minute_key = parsed.moment.replace(second=0)
                bucket = minutes.get(minute_key)
                if bucket is None:
                    bucket = minutes[minute_key] = _Minute()
                bucket.total += 1
                if parsed.status >= 500:
                    if not bucket.errors:
                        bucket.first_original = parsed.original
                        bucket.zone = parsed.zone
                    bucket.errors += 1
                    endpoint = _endpoint(parsed.request)
                    if endpoint in bucket.paths or len(bucket.paths) < 50:
                        bucket.paths[endpoint] = bucket.paths.get(endpoint, 0) + 1
                    if first_error is None or parsed.moment < first_error.moment:
                        first_error = parsed
                    if last_error is None or parsed.moment >= last_error.moment:
                        last_error = parsed
                continue
            if clock is None and (_NGINX_ERROR_RE.match(line) or _APACHE_ERROR_RE.match(line)):
                clock = sink.local_clock(member.name)
            event = _error_log_event(line, clock, f"error-log {member.name}")
            if event is None:
                sink.skip(number, "not an access or error log line")
            else:
                sink.add(event)
    for which, line_info in (("First", first_error), ("Last", last_error)):
        if line_info is None or (which == "Last" and line_info is first_error):
            continue
        sink.add(
            ImportedEvent(
                time_utc=line_info.moment,
                original_time=line_info.original,
                source_zone=line_info.zone,
                zone_assumed=False,
                source=label,
                author=line_info.user,
                text=f"{which} server error: {line_info.status} {line_info.request}",
                kind="access-log",
                native_id=f"{label}:{which}",
                level="error",
            )
        )
    for minute, bucket in sorted(minutes.items()):
        if not bucket.errors:
            continue
        share = bucket.errors / bucket.total * 100
        top = sorted(bucket.paths.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        tops = ", ".join(f"{path} ({count})" for path, count in top)
        sink.add(
            ImportedEvent(
                time_utc=minute,
                original_time=bucket.first_original,
                source_zone=bucket.zone,
                zone_assumed=False,
                source=label,
                author=None,
                text=(
                    f"{bucket.errors} of {bucket.total} requests failed with 5xx "
                    f"({share:.1f}%) in the minute from {minute:%H:%M} UTC; top: {tops}"
                ),
                kind="access-log",
                native_id=f"{label}:minute:{minute.isoformat()}",
                level="error",
            )
        )
    if requests:
        errors = sum(b.errors for b in minutes.values())
        sink.warn(
            f"{member.name}: {requests} requests in the window, {errors} with 5xx; the "
            "timeline gets the first and last 5xx, one summary per minute with 5xx, and "
            f"{actions} requests by signed-in users that change something."
        )


def _error_log_event(line: str, clock: LocalClock | None, label: str) -> ImportedEvent | None:
    if clock is None:
        return None
    match = _NGINX_ERROR_RE.match(line)
    if match:
        fields = [int(match.group(i)) for i in range(1, 7)]
        level, message = match.group(7), match.group(9)
        original = line[:19]
    else:
        match = _APACHE_ERROR_RE.match(line)
        if match is None or match.group(1) not in _MONTHS:
            return None
        fields = [
            int(match.group(6)),
            _MONTHS[match.group(1)],
            int(match.group(2)),
            int(match.group(3)),
            int(match.group(4)),
            int(match.group(5)),
        ]
        level, message = match.group(7), match.group(8)
        original = line[1 : line.index("]")]
    if fields[0] not in PLAUSIBLE_YEARS:
        return None
    try:
        # Error logs are naive local time; the LocalClock below makes it aware.
        year, month, day, hour, minute, second = fields
        naive = datetime(year, month, day, hour, minute, second)  # noqa: DTZ001
    except ValueError:
        return None
    moment, flags = clock.to_utc(naive)
    return ImportedEvent(
        time_utc=moment,
        original_time=original,
        source_zone=clock.label,
        zone_assumed=True,
        source=label,
        author=None,
        text=message,
        kind="log",
        native_id=None,
        flags=flags,
        level=normalise_level(level),
    )
