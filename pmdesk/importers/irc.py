"""IRC logs as the clients write them: irssi (autolog) and WeeChat (logger plugin).

irssi (``src/fe-common/core/fe-log.c`` defaults): ``log_timestamp`` is ``"%H:%M "``,
so lines carry only the time of day; the date comes from the banners
``--- Log opened %a %b %d %H:%M:%S %Y`` and ``--- Day changed %a %b %d %Y``. The
default theme writes messages as ``<@nick> text`` (mode prefix ``@``/``+``, or a space),
actions as `` * nick text`` and status lines as ``-!- …``.

WeeChat (``src/plugins/logger``): ``time_format<TAB>prefix<TAB>message`` with
``logger.file.time_format`` ``%Y-%m-%d %H:%M:%S``; the prefix is the nick with its
mode character, ``-->``/``<--`` for joins and parts, ``--`` for other status, `` *``
for actions. Both write the client's local time; a trailing ``Z`` means UTC.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ._io import InputSource, check_text_head, decode_line, iter_lines
from ._model import ImportedEvent
from ._sink import Sink
from ._time import UTC, LocalClock

__all__ = ["import_irc", "looks_like_irc"]

_MONTHS = {
    name: index
    for index, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}
_IRSSI_BANNER = re.compile(
    r"^--- (?:Log opened|Log closed|Day changed) \w{3} (\w{3}) ([ \d]?\d)"
    r"(?: \d\d:\d\d:\d\d)? (\d{4})$"
)
_IRSSI_LINE = re.compile(r"^(\d\d):(\d\d)(?::(\d\d))? (.*)$", re.S)
_IRSSI_MESSAGE = re.compile(r"^<[ @+%~&!]?([^>\s]+)> ?(.*)$", re.S)
_IRSSI_ACTION = re.compile(r"^ \* (\S+) ?(.*)$", re.S)
_WEECHAT_LINE = re.compile(
    r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:[.,](\d{1,6})\d*)?(Z)?\t([^\t]*)\t(.*)$", re.S
)
_WEECHAT_STATUS = frozenset({"-->", "<--", "--", "=!="})
# mIRC formatting codes (bold, colour with its numbers, reset, reverse, italic, underline).
_MIRC_CODES = re.compile(r"\x03(?:\d{1,2}(?:,\d{1,2})?)?|[\x02\x0f\x11\x16\x1d\x1e\x1f]")
# "nick [~user@host]" (irssi) and "nick (~user@host)" (WeeChat): the address is noise.
_ADDRESS = re.compile(r" [\[(][^\])\s]*@[^\])\s]*[\])]")
_CHANNEL_IN_NAME = re.compile(r"([#&][^./\\\s]+)")
_DATED = re.compile(r"[_-]\d{4}-?\d\d-?\d\d$")
_MODE_CHARS = "@+%~&!"
_NO_DATE_YET = 'no date yet (no "--- Log opened" or "--- Day changed" line before it)'


def looks_like_irc(line: str) -> bool:
    """Whether a line is an irssi or WeeChat log line (used by format detection)."""
    if _IRSSI_BANNER.match(line) or _WEECHAT_LINE.match(line):
        return True
    match = _IRSSI_LINE.match(line)
    if match is None:
        return False
    rest = match.group(4)
    return bool(_IRSSI_MESSAGE.match(rest) or rest.startswith(("-!- ", " * ")))


def _clean(text: str) -> str:
    return _MIRC_CODES.sub("", text).rstrip("\r\n")


def import_irc(source: InputSource, sink: Sink) -> None:
    """Import an irssi or WeeChat channel log (one file)."""
    member = source.single()
    check_text_head(member)
    channel = _CHANNEL_IN_NAME.search(member.name.rsplit("/", 1)[-1])
    # irssi's autolog path often dates the file: "#ops_20241231.log".
    label = f"irc {_DATED.sub('', channel.group(1))}" if channel else f"irc {member.name}"
    clock: LocalClock | None = None
    day: date | None = None
    legacy_lines = 0
    with member.open() as stream:
        for number, raw in iter_lines(stream, lambda n: sink.skip(n, "line too long"), sink.tick):
            # IRC carries whatever bytes people's clients sent: UTF-8 mixed with Latin-1.
            text, clean = decode_line(raw, "cp1252")
            legacy_lines += not clean
            line = _clean(text)
            if not line.strip():
                continue
            weechat = _WEECHAT_LINE.match(line)
            if weechat:
                if weechat.group(8) is None and clock is None:
                    clock = sink.local_clock(member.name)
                _weechat_event(weechat, number, clock, label, sink)
                continue
            banner = _IRSSI_BANNER.match(line)
            if banner:
                month = _MONTHS.get(banner.group(1))
                try:
                    day = date(int(banner.group(3)), month or 0, int(banner.group(2)))
                except ValueError:
                    day = None  # the lines up to the next banner have no date
                    sink.skip(number, "the date of this banner does not exist")
                continue
            irssi = _IRSSI_LINE.match(line)
            if irssi is None:
                sink.skip(number, "not an irssi or WeeChat log line")
                continue
            if day is None:
                sink.skip(number, _NO_DATE_YET)
                continue
            if clock is None:
                clock = sink.local_clock(member.name)
            hour, minute = int(irssi.group(1)), int(irssi.group(2))
            second = int(irssi.group(3) or 0)
            if hour > 23 or minute > 59 or second > 59:
                sink.skip(number, "the time does not exist")
                continue
            naive = datetime(day.year, day.month, day.day, hour, minute, second)  # noqa: DTZ001
            moment, flags = clock.to_utc(naive)
            author, body, kind = _irssi_parts(irssi.group(4))
            stamp = line[: irssi.end(3 if irssi.group(3) else 2)]
            sink.add(
                ImportedEvent(
                    time_utc=moment,
                    original_time=f"{day.isoformat()} {stamp}",
                    source_zone=clock.label,
                    zone_assumed=True,
                    source=label,
                    author=author,
                    text=body,
                    kind=kind,
                    native_id=None,
                    flags=(*flags, "date_from_banner"),
                )
            )
    if legacy_lines:
        sink.warn(
            f"{legacy_lines} lines of {member.name} were not UTF-8; they were read as "
            "Windows-1252 (Latin-1), as IRC clients do."
        )


def _irssi_parts(rest: str) -> tuple[str | None, str, str]:
    """(author, text, kind) of an irssi line after its time stamp."""
    message = _IRSSI_MESSAGE.match(rest)
    if message:
        return message.group(1), message.group(2), "message"
    action = _IRSSI_ACTION.match(rest)
    if action:
        return action.group(1), f"* {action.group(1)} {action.group(2)}".rstrip(), "message"
    return None, _ADDRESS.sub("", rest.removeprefix("-!- ")), "note"


def _weechat_event(
    match: re.Match[str], number: int, clock: LocalClock | None, label: str, sink: Sink
) -> None:
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    micro = int((match.group(7) or "0").ljust(6, "0"))
    try:
        # Local wall time (made aware below), or UTC with "Z".
        naive = datetime(year, month, day, hour, minute, second, micro)  # noqa: DTZ001
    except ValueError:
        sink.skip(number, "the date does not exist")
        return
    flags: tuple[str, ...] = ()
    if match.group(8):
        moment, zone, assumed = naive.replace(tzinfo=UTC), "UTC", False
    else:
        assert clock is not None
        moment, flags = clock.to_utc(naive)
        zone, assumed = clock.label, True
    prefix, body = match.group(9).strip(), match.group(10)
    if prefix in _WEECHAT_STATUS or not prefix:
        author, text, kind = None, _ADDRESS.sub("", body), "note"
    elif prefix == "*":
        author, text, kind = body.split(" ", 1)[0], f"* {body}", "message"
    else:
        author, text, kind = prefix.lstrip(_MODE_CHARS) or prefix, body, "message"
    if not text.strip():
        sink.skip(number, "empty message")
        return
    sink.add(
        ImportedEvent(
            time_utc=moment,
            original_time=match.group(0).split("\t", 1)[0],
            source_zone=zone,
            zone_assumed=assumed,
            source=label,
            author=author,
            text=text,
            kind=kind,
            native_id=None,
            flags=flags,
        )
    )
