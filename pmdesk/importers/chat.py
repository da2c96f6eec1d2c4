"""Chat exports: Microsoft Teams (Graph JSON), Mattermost (bulk JSONL), Discord
(DiscordChatExporter JSON) and pasted notes ("HH:MM name: text")."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from typing import Any

from pmdesk.domain.limits import TEXT_MAX_CHARS
from pmdesk.errors import UserFacingError

from ._common import TimeReader, as_dict, as_str, dig, list_targets, stream_document, text_or_none
from ._html import html_to_text
from ._io import (
    InputSource,
    Member,
    check_text_head,
    iter_lines,
    line_encoding,
    loads_line,
)
from ._model import ImportedEvent
from ._sink import Sink
from ._time import epoch_to_utc
from .applogs import parse_log_time

__all__ = ["import_discord", "import_mattermost", "import_notes", "import_teams"]


def _wanted_channel(sink: Sink, *names: str | None) -> bool:
    channels = sink.options.channels
    if not channels:
        return True
    wanted = {c.lstrip("#~").casefold() for c in channels}
    return any(name is not None and name.lstrip("#~").casefold() in wanted for name in names)


# --- Microsoft Teams ------------------------------------------------------------


def import_teams(source: InputSource, sink: Sink) -> None:
    """Import Microsoft Graph chatMessage JSON: a ``value`` page, a bare array or pages."""
    member = source.single()
    head = check_text_head(member)
    if b"@odata.nextLink" in head:
        sink.warn(
            f"{member.name} is one page of a longer result (@odata.nextLink); "
            "later messages may be missing."
        )
    targets, multiple = list_targets(head, "value")
    reader = TimeReader(sink, member.name)
    label = "teams " + member.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    deleted = 0
    for number, _, record in stream_document(
        member, sink, targets, "Teams messages", multiple=multiple
    ):
        items = record.get("value") if isinstance(record, dict) else None
        batch = items if isinstance(items, list) else [record]
        for message in batch:
            for item in _with_replies(message):
                if isinstance(item, dict) and (
                    item.get("deletedDateTime") or item.get("DeletedDateTime")
                ):
                    deleted += 1
                    continue
                event = _teams_event(item, reader, label)
                if isinstance(event, str):
                    sink.skip(number, f"message {number}: {event}")
                elif event is not None:
                    sink.add(event)
    if deleted:
        sink.warn(f"{deleted} deleted Teams messages have no content and were left out.")


def _with_replies(message: Any) -> list[Any]:
    replies = message.get("replies") if isinstance(message, dict) else None
    return [message, *(replies if isinstance(replies, list) else [])]


def _card_text(content: Any, depth: int = 0) -> list[str]:
    if depth > 20:
        return []
    found: list[str] = []
    if isinstance(content, dict):
        for key in ("title", "text"):
            if isinstance(content.get(key), str):
                found.append(content[key])
        for value in content.values():
            if isinstance(value, dict | list):
                found.extend(_card_text(value, depth + 1))
    elif isinstance(content, list):
        for value in content:
            found.extend(_card_text(value, depth + 1))
    return found


def _camel(value: Any, depth: int = 0) -> Any:
    """PowerShell (Get-MgChatMessage | ConvertTo-Json) writes PascalCase property names."""
    if depth > 12:
        return value
    if isinstance(value, dict):
        return {
            (key[:1].lower() + key[1:] if isinstance(key, str) else key): _camel(item, depth + 1)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_camel(item, depth + 1) for item in value]
    return value


def _teams_event(message: Any, reader: TimeReader, label: str) -> ImportedEvent | str | None:
    """The event, the reason to skip the message, or None when it is outside the window."""
    if not isinstance(message, dict):
        return "not an object"
    if "CreatedDateTime" in message:
        message = _camel(message)
    if isinstance(message.get("body"), str) and message["body"].startswith("Microsoft.Graph"):
        return "the message body was cut off when saving (use ConvertTo-Json -Depth 10)"
    parts = parse_log_time(message.get("createdDateTime"), reader.clock)
    if parts is None:
        return "no readable createdDateTime"
    moment, original, zone, assumed, flags = parts
    if not reader.sink.in_window(moment):  # before the costly HTML conversion
        reader.sink.filtered_out += 1
        return None
    kind = "message"
    author = text_or_none(dig(message, "from", "user", "displayName")) or text_or_none(
        dig(message, "from", "application", "displayName")
    )
    body = as_dict(message.get("body"))
    content = as_str(body.get("content"))
    if body.get("contentType") == "html" or "<" in content:
        text = html_to_text(content)
    else:
        text = content.strip()
    for attachment in message.get("attachments") or []:
        if not isinstance(attachment, dict):
            continue
        card = attachment.get("content")
        if isinstance(card, str) and card.strip().startswith("{"):
            try:
                card = json.loads(card)
            except (ValueError, RecursionError):
                card = None
        card_lines = _card_text(card)
        if card_lines:
            text = "\n".join([text, *card_lines]).strip()
        elif attachment.get("name"):
            text = f"{text} [file: {attachment['name']}]".strip()
    text = text.replace("[attachment]", "").strip() or text
    if message.get("messageType") == "systemEventMessage":
        kind = "note"
        detail = as_dict(message.get("eventDetail"))
        what = str(detail.get("@odata.type", "event")).rsplit(".", 1)[-1]
        what = re.sub(r"EventMessageDetail$", "", what)
        what = re.sub(r"(?<!^)(?=[A-Z])", " ", what).lower()
        initiator = text_or_none(dig(detail, "initiator", "user", "displayName"))
        members = [
            str(m["displayName"])
            for m in detail.get("members") or []
            if isinstance(m, dict) and isinstance(m.get("displayName"), str)
        ]
        text = f"System: {what}" + (f": {', '.join(members)}" if members else "")
        author = author or initiator
    subject = text_or_none(message.get("subject"))
    if subject and kind == "message":
        text = f"{subject}: {text}" if text else subject
    if not text:
        return "empty message"
    if message.get("lastEditedDateTime"):
        flags = (*flags, "edited")
    identifier = message.get("id")
    return ImportedEvent(
        time_utc=moment,
        original_time=original,
        source_zone=zone,
        zone_assumed=assumed,
        source=label,
        author=author,
        text=text,
        kind=kind,
        native_id=f"teams:{identifier}" if isinstance(identifier, str | int) else None,
        flags=flags,
    )


# --- Mattermost -----------------------------------------------------------------


def _pick_jsonl(source: InputSource) -> Member:
    members = source.members()
    if len(members) == 1:
        return members[0]
    jsonl = [m for m in members if m.name.endswith(".jsonl")]
    if len(jsonl) == 1:
        return jsonl[0]
    return source.single()


def import_mattermost(source: InputSource, sink: Sink) -> None:
    """Import a Mattermost bulk export (JSONL, or the zip holding it)."""
    member = _pick_jsonl(source)
    check_text_head(member)
    names: dict[str, str] = {}
    with member.open() as stream:
        for number, raw in iter_lines(stream, lambda n: sink.skip(n, "line too long"), sink.tick):
            line = raw.strip()
            if not line:
                continue
            try:
                record = loads_line(line)
            except ValueError as exc:
                sink.skip(number, str(exc))
                continue
            if not isinstance(record, dict) or not isinstance(record.get("type"), str):
                sink.skip(number, "not a bulk-export line (no type)")
                continue
            kind = record["type"]
            body = record.get(kind)
            if not isinstance(body, dict):
                if kind != "version":
                    sink.skip(number, f'"{kind}" line without its object')
                continue
            if kind == "user":
                _remember_user(body, names)
            elif kind in ("post", "direct_post"):
                problem = _mattermost_post(body, kind, sink, names)
                if problem:
                    sink.skip(number, problem)


def _remember_user(user: dict[str, Any], names: dict[str, str]) -> None:
    username = text_or_none(user.get("username"))
    if username is None:
        return
    full = " ".join(
        p for p in (text_or_none(user.get("first_name")), text_or_none(user.get("last_name"))) if p
    )
    names[username] = text_or_none(user.get("nickname")) or full or username


def _mattermost_post(
    post: dict[str, Any], kind: str, sink: Sink, names: dict[str, str]
) -> str | None:
    if kind == "post":
        channel = text_or_none(post.get("channel")) or "?"
        if not _wanted_channel(sink, channel):
            return None
        label = f"mattermost ~{channel}"
    else:
        members = [m for m in post.get("channel_members") or [] if isinstance(m, str)]
        label = "mattermost dm " + ", ".join(members)
        if not _wanted_channel(sink, *members):
            return None
    root = _mattermost_event(post, label, names, ())
    if isinstance(root, str):
        return root
    sink.add(root)
    for reply in post.get("replies") or []:
        event = _mattermost_event(reply, label, names, ("thread_reply",))
        if isinstance(event, ImportedEvent):
            sink.add(event)
    return None


def _mattermost_event(
    post: Any, label: str, names: dict[str, str], flags: tuple[str, ...]
) -> ImportedEvent | str:
    if not isinstance(post, dict):
        return "reply is not an object"
    created = post.get("create_at")
    if not isinstance(created, int | str) or isinstance(created, bool):
        return "no create_at"
    moment = epoch_to_utc(created, "ms")
    if moment is None:
        return f"unreadable create_at {str(created)[:20]!r}"
    text = text_or_none(post.get("message")) or ""
    attachments = dig(post, "props", "attachments")
    if not text and isinstance(attachments, list):
        text = "\n".join(
            str(a.get("fallback") or a.get("text") or a.get("title") or "")
            for a in attachments
            if isinstance(a, dict)
        ).strip()
    if not text:
        return "empty post"
    user = text_or_none(post.get("user"))
    edit_at = post.get("edit_at")
    if isinstance(edit_at, int) and not isinstance(edit_at, bool) and edit_at > 0:
        flags = (*flags, "edited")
    post_type = text_or_none(post.get("type")) or ""
    return ImportedEvent(
        time_utc=moment,
        original_time=str(created),
        source_zone="UTC",
        zone_assumed=False,
        source=label,
        author=names.get(user, user) if user else None,
        text=text,
        kind="note" if post_type.startswith("system_") else "message",
        native_id=f"mattermost:{label}:{user}:{created}",
        flags=flags,
    )


# --- Discord (DiscordChatExporter) -------------------------------------------

_DISCORD_PLAIN = {"Default", "Reply", "0", "19"}


def import_discord(source: InputSource, sink: Sink) -> None:
    """Import a DiscordChatExporter JSON export of one channel."""
    member = source.single()
    check_text_head(member)
    reader = TimeReader(sink, member.name)
    targets = frozenset({("guild",), ("channel",), ("messages", "*")})
    channel_name: str | None = None
    guild_name: str | None = None
    for number, path, record in stream_document(member, sink, targets, "Discord messages"):
        if path == ("guild",):
            guild_name = text_or_none(dig(record, "name"))
            continue
        if path == ("channel",):
            channel_name = text_or_none(dig(record, "name"))
            if not _wanted_channel(sink, channel_name, text_or_none(dig(record, "id"))):
                return
            continue
        label = f"discord #{channel_name}" if channel_name else f"discord {member.name}"
        if guild_name and channel_name:
            label = f"discord {guild_name} #{channel_name}"
        event = _discord_event(record, reader, label)
        if isinstance(event, str):
            sink.skip(number, f"message {number - 2 if number > 2 else number}: {event}")
        else:
            sink.add(event)


def _discord_event(message: Any, reader: TimeReader, label: str) -> ImportedEvent | str:
    if not isinstance(message, dict):
        return "not an object"
    parts = parse_log_time(message.get("timestamp"), reader.clock)
    if parts is None:
        return "no readable timestamp"
    moment, original, zone, assumed, flags = parts
    author_info = as_dict(message.get("author"))
    author = text_or_none(author_info.get("nickname")) or text_or_none(author_info.get("name"))
    text = text_or_none(message.get("content")) or ""
    for embed in message.get("embeds") or []:
        if isinstance(embed, dict):
            extra = "\n".join(
                p
                for p in (text_or_none(embed.get("title")), text_or_none(embed.get("description")))
                if p
            )
            if extra:
                text = f"{text}\n{extra}".strip()
    for attachment in message.get("attachments") or []:
        if isinstance(attachment, dict) and text_or_none(attachment.get("fileName")):
            text = f"{text} [file: {attachment['fileName']}]".strip()
    message_type = str(message.get("type", "Default"))
    kind = "message" if message_type in _DISCORD_PLAIN else "note"
    if not text:
        if kind == "note":
            text = re.sub(r"(?<!^)(?=[A-Z])", " ", message_type).lower()
        else:
            return "empty message"
    if message.get("timestampEdited"):
        flags = (*flags, "edited")
    if author_info.get("isBot") is True:
        flags = (*flags, "bot")
    identifier = message.get("id")
    return ImportedEvent(
        time_utc=moment,
        original_time=original,
        source_zone=zone,
        zone_assumed=assumed,
        source=label,
        author=author,
        text=text,
        kind=kind,
        native_id=f"discord:{identifier}" if isinstance(identifier, str | int) else None,
        flags=flags,
    )


# --- pasted notes ------------------------------------------------------------------

_NOTE_RE = re.compile(
    r"^\s*\[?(?:(\d{4}-\d\d-\d\d)[ T,]\s*)?(\d{1,2}):(\d\d)(?::(\d\d))?\]?\s*[-–—|]?\s*(.*)$"
)
_SPEAKER_RE = re.compile(r"^([^:]{1,60}?):\s+(.+)$", re.S)


def import_notes(source: InputSource, sink: Sink) -> None:
    """Import pasted chat or notes: ``HH:MM name: text`` lines in the user's zone.

    The date comes from ``options.date`` (else the day the window starts); a time
    that jumps back by more than six hours moves to the next day. Lines without a
    time continue the previous note.

    Raises:
        UserFacingError: no zone or no date was given.
    """
    member = source.single()
    legacy = line_encoding(member, sink.warn)
    clock = sink.local_clock(member.name)
    current_day: date | None = sink.options.date
    if current_day is None and sink.since is not None:
        current_day = sink.since.astimezone(clock.zone).date()
    pending: list[Any] = []
    gathered = 0  # characters in pending's lines
    previous: datetime | None = None
    rolled = False

    def flush() -> None:
        if not pending:
            return
        naive, original, speaker, lines, line_flags = pending
        pending.clear()
        moment, flags = clock.to_utc(naive)
        sink.add(
            ImportedEvent(
                time_utc=moment,
                original_time=original,
                source_zone=clock.label,
                zone_assumed=True,
                source=f"notes {member.name}",
                author=speaker,
                text="\n".join(lines).strip(),
                kind="note",
                native_id=None,
                flags=(*flags, *line_flags),
            )
        )

    with member.open() as stream:
        for number, raw in iter_lines(stream, lambda n: sink.skip(n, "line too long"), sink.tick):
            text = sink.line_text(raw, legacy)
            line = text.rstrip("\r\n").lstrip("\ufeff")
            if not line.strip():
                continue
            match = _NOTE_RE.match(line)
            hour = int(match.group(2)) if match else 99
            if (
                match is None
                or hour > 23
                or int(match.group(3)) > 59
                or int(match.group(4) or 0) > 59
                or not match.group(5)
            ):
                if pending:
                    # Only as much as an event keeps (the sink cuts the rest and says
                    # so): one time stamp before a gigabyte of text is not gathered whole.
                    if gathered <= TEXT_MAX_CHARS:
                        pending[3].append(line)
                        gathered += len(line) + 1
                else:
                    sink.skip(number, "no HH:MM time at the start of the line")
                continue
            flush()
            try:
                line_day = date.fromisoformat(match.group(1)) if match.group(1) else None
            except ValueError:
                sink.skip(number, "the date does not exist")
                continue
            if line_day is not None:
                current_day = line_day
            if current_day is None:
                raise UserFacingError(
                    f"The notes in {member.name} have times but no date.",
                    "Give the date of the notes (or the incident window) when importing.",
                )
            naive = datetime.combine(current_day, datetime.min.time()).replace(
                hour=hour, minute=int(match.group(3)), second=int(match.group(4) or 0)
            )
            line_flags: tuple[str, ...] = ()
            if line_day is None:
                if previous is not None and previous - naive > timedelta(hours=6):
                    current_day += timedelta(days=1)
                    naive += timedelta(days=1)
                    rolled = True
                if rolled:
                    line_flags = ("date_inferred",)
            else:
                rolled = False
            previous = naive
            original = line[: match.end(4) if match.group(4) else match.end(3)].strip(" [")
            rest = match.group(5)
            speaker_match = _SPEAKER_RE.match(rest)
            gathered = len(rest)
            if speaker_match:
                pending.extend(
                    [
                        naive,
                        original,
                        speaker_match.group(1).strip(),
                        [speaker_match.group(2)],
                        line_flags,
                    ]
                )
            else:
                pending.extend([naive, original, None, [rest], line_flags])
    flush()
