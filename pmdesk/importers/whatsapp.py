"""WhatsApp "Export chat": the text file (Android) or the zip holding ``_chat.txt`` (iOS).

Every message starts with a header in the phone's locale; continuation lines have
none. iOS writes ``[31.12.24, 23:52:10] Name: text`` (seconds), Android
``12/31/24, 11:52 PM - Name: text`` (minutes). Date order, separators and the
12/24-hour clock follow the locale; recent versions put U+202F before AM/PM, and
system lines and attachments carry U+200E (left-to-right mark). Times are the
phone's local time without a zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from pmdesk.domain.limits import TEXT_MAX_CHARS
from pmdesk.errors import UserFacingError

from ._io import InputSource, Member, check_text_head, decode_line, iter_lines
from ._model import ImportedEvent
from ._sink import Sink
from ._time import DayOrderVote, LocalClock

__all__ = ["DIRECTION_MARKS", "HEADER", "chat_member", "import_whatsapp"]

# Direction marks and isolates WhatsApp wraps around system lines, attachments and
# phone numbers; they are invisible but break matching.
DIRECTION_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def _date(separator_group: int) -> str:
    # Day, month and year in the locale's order; the second separator repeats the first.
    return rf"(\d{{1,4}})([./-])(\d{{1,2}})\{separator_group}(\d{{1,4}})"


_CLOCK = r"(\d{1,2})[:.](\d\d)(?:[:.](\d\d))?(?:[ \u202f\u00a0]?([AaPp])\.?[ \u00a0]?[Mm]\.?)?"
# iOS "[date, time] " (groups 1-8) or Android "date, time - " (groups 9-16); then the rest.
HEADER = re.compile(
    rf"^(?:\[{_date(2)},?[ \u00a0]{_CLOCK}\] |{_date(10)},?[ \u00a0]{_CLOCK} [-–] )(.*)$", re.S
)
_LRM = "\u200e"
_SPEAKER = re.compile(r"^([^:]{1,80}?): (.*)$", re.S)
# Attachment lines by locale: iOS "<attached: 0012-PHOTO-….jpg>", Android "IMG-….jpg
# (file attached)"; media left out of the export; deleted messages.
_ATTACHED = re.compile(
    r"^<(?:attached|Anhang|adjunto|pièce jointe|allegato|anexo|bijlage): (.+)>$"
    r"|^(.+) \((?:file attached|Datei angehängt|archivo adjunto|fichier joint|"
    r"file allegato|arquivo anexado|bestand bijgevoegd)\)$"
)
_OMITTED = frozenset(
    {
        "<media omitted>",
        "<medien ausgeschlossen>",
        "<multimedia omitido>",
        "<média omis>",
        "image omitted",
        "video omitted",
        "audio omitted",
        "sticker omitted",
        "gif omitted",
        "document omitted",
        "bild weggelassen",
        "video weggelassen",
        "audio weggelassen",
        "sticker weggelassen",
        "dokument weggelassen",
    }
)
_DELETED = frozenset(
    {
        "this message was deleted",
        "this message was deleted.",
        "you deleted this message",
        "you deleted this message.",
        "diese nachricht wurde gelöscht.",
        "diese nachricht wurde gelöscht",
        "du hast diese nachricht gelöscht.",
        "du hast diese nachricht gelöscht",
    }
)


def chat_member(source: InputSource) -> Member:
    """The chat text of an export: ``_chat.txt`` in an iOS zip, else the one text file."""
    members = source.members()
    for member in members:
        name = PurePosixPath(member.name).name
        if name == "_chat.txt" or (name.startswith("WhatsApp Chat") and name.endswith(".txt")):
            return member
    texts = [m for m in members if m.name.lower().endswith(".txt")]
    return texts[0] if len(texts) == 1 else source.single()


@dataclass
class _Message:
    number: int
    naive: datetime
    original: str
    author: str | None
    lines: list[str] = field(default_factory=list)
    size: int = 0
    # iOS marks system lines ("Name: \u200emessage"); attachments carry the mark too.
    marked: bool = False


def _chat_name(source: InputSource) -> str:
    stem = source.path.stem
    for prefix in ("WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp-Chat mit "):
        if stem.startswith(prefix):
            return stem[len(prefix) :]
    return stem


def _headers(
    member: Member, sink: Sink | None
) -> Iterator[tuple[int, str, str, re.Match[str] | None]]:
    """(line number, line, line without marks, header match or None) for every line."""
    with member.open() as stream:
        skip = sink.skip if sink is not None else lambda n, reason: None
        tick = sink.tick if sink is not None else None
        for number, raw in iter_lines(stream, lambda n: skip(n, "line too long"), tick):
            text, clean = decode_line(raw)
            if not clean and sink is not None:
                sink.replaced()
            line = text.rstrip("\r\n").lstrip("\ufeff")
            plain = line.translate(DIRECTION_MARKS)
            yield number, line, plain, HEADER.match(plain)


def _parts(match: re.Match[str]) -> tuple[str, str, str, str, str, str, str | None, str | None]:
    """(first, separator, second, third, hour, minute, second, am/pm) of a header."""
    o = 0 if match.group(1) is not None else 8
    group = match.group
    return (
        group(1 + o),
        group(2 + o),
        group(3 + o),
        group(4 + o),
        group(5 + o),
        group(6 + o),
        group(7 + o),
        group(8 + o),
    )


def _day_order(member: Member, name: str, sink: Sink) -> bool:
    """Whether dates put the day first: from the separator, the whole file, or the clock."""
    vote = DayOrderVote()
    twelve_hour = False
    for _, _, _, match in _headers(member, None):
        if match is None:
            continue
        first, separator, second, third, hour, minute, _, meridiem = _parts(match)
        if separator == "." or len(first) == 4:
            return True  # 31.12.24 is day first everywhere; 2024-12-31 is year first
        twelve_hour = twelve_hour or meridiem is not None
        clock_hour = int(hour) % 12 + (12 if (meridiem or "").lower() == "p" else 0)
        vote.see(int(first), int(second), int(third), (clock_hour, int(minute)))
        if vote.decided is not None:
            return vote.decided
    verdict = vote.verdict()
    if verdict is not None:
        order = "day first" if verdict else "month first"
        sink.warn(
            f"The dates in {name} could be day/month or month/day; pmdesk read them "
            f"{order}, the order that keeps the messages in time order."
        )
        return verdict
    # Nothing in the file tells: 12-hour clocks go with month-first (US) phones.
    guess = not twelve_hour
    order = "day first" if guess else "month first"
    sink.warn(
        f"Every date in {name} could be day/month or month/day; pmdesk read them {order}, "
        "as phones with this clock usually write them. Check the dates."
    )
    return guess


def import_whatsapp(source: InputSource, sink: Sink) -> None:
    """Import a WhatsApp chat export (text file or zip)."""
    member = chat_member(source)
    check_text_head(member)
    name = _chat_name(source)
    label = f"whatsapp {name}"
    day_first = _day_order(member, member.name, sink)
    clock: LocalClock | None = None
    pending: _Message | None = None

    def flush(message: _Message | None) -> None:
        if message is None:
            return
        assert clock is not None
        moment, flags = clock.to_utc(message.naive)
        text, extra = _text("\n".join(message.lines).strip(), marked=message.marked)
        if not text:
            sink.skip(message.number, "empty message")
            return
        system = message.author is None or (message.marked and not extra)
        sink.add(
            ImportedEvent(
                time_utc=moment,
                original_time=message.original,
                source_zone=clock.label,
                zone_assumed=True,
                source=label,
                author=message.author,
                text=text,
                kind="note" if system else "message",
                native_id=None,
                flags=(*flags, *extra),
            )
        )

    for number, raw_line, line, match in _headers(member, sink):
        if match is None:
            if pending is not None:
                if pending.size <= TEXT_MAX_CHARS:
                    pending.lines.append(line)
                    pending.size += len(line) + 1
            elif line.strip() and clock is None:
                sink.skip(number, "no WhatsApp date and time at the start of the line")
            continue
        flush(pending)
        pending = None  # the lines after a header that cannot be read go with it
        naive = _naive(match, day_first)
        if naive is None:
            sink.skip(number, "the date or time does not exist")
            continue
        if clock is None:
            clock = sink.local_clock(member.name)
        rest = match.group(17)
        original = line[: match.start(17)].strip(" []-–")
        speaker = _SPEAKER.match(rest)
        pending = _Message(number, naive, original, None, [rest], len(rest))
        if speaker:  # else a system line: "Messages and calls are end-to-end encrypted."
            pending.author = speaker.group(1).strip()
            pending.lines = [speaker.group(2)]
            pending.marked = f": {_LRM}" in raw_line

    flush(pending)
    if clock is None:
        raise UserFacingError(
            f"{member.name} holds no WhatsApp messages.",
            "Choose the exported chat (.txt, or the .zip with _chat.txt).",
        )


def _naive(match: re.Match[str], day_first: bool) -> datetime | None:
    first, _, second, third, hour, minute, seconds, meridiem = _parts(match)
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    else:
        year = int(third) + (2000 if len(third) == 2 else 0)
        day, month = (int(first), int(second)) if day_first else (int(second), int(first))
    clock_hour = int(hour)
    if meridiem is not None:
        if not 1 <= clock_hour <= 12:
            return None
        clock_hour = clock_hour % 12 + (12 if meridiem.lower() == "p" else 0)
    try:
        return datetime(year, month, day, clock_hour, int(minute), int(seconds or 0))  # noqa: DTZ001
    except ValueError:
        return None


def _text(text: str, *, marked: bool) -> tuple[str, tuple[str, ...]]:
    """The message text with attachment and deletion placeholders made plain, and flags.

    iOS writes its placeholders ("image omitted", "Bild weggelassen") after a U+200E
    mark (`marked`); without it the words are a message someone typed. Android's
    "<Media omitted>" has no mark, but its angle brackets.
    """
    first, _, more = text.partition("\n")
    attached = _ATTACHED.match(first)
    if attached:
        file_name = attached.group(1) or attached.group(2)
        caption = f"\n{more}" if more else ""
        return f"[attachment: {file_name}]{caption}", ("attachment",)
    lowered = text.casefold()
    if lowered in _OMITTED and (marked or lowered.startswith("<")):
        return "[media not included in the export]", ("attachment",)
    if lowered in _DELETED:
        return text, ("deleted",)
    return text, ()
