"""Slack workspace export (zip or folder): channels, threads, users, mrkdwn."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from pmdesk.errors import UserFacingError

from ._common import as_dict, as_str, dig, iter_records, stream_document, text_or_none
from ._io import InputSource, JsonStreamError, Member, check_text_head
from ._model import ImportedEvent, ImportedPerson
from ._sink import Sink
from ._time import epoch_to_utc

__all__ = ["decode_mrkdwn", "import_slack"]

_DAY_RE = re.compile(r"(?:^|/)([^/]+)/(\d{4}-\d\d-\d\d)\.json$")
_TOKEN_RE = re.compile(r"<([^<>\n]{1,2000})>")
_USER_MENTION_RE = re.compile(r"<@([A-Z0-9]{2,40})[|>]")
_NOTE_SUBTYPES = {
    "channel_join",
    "channel_leave",
    "channel_topic",
    "channel_purpose",
    "channel_name",
    "channel_archive",
    "channel_unarchive",
    "group_join",
    "group_leave",
    "group_topic",
    "group_purpose",
    "bot_add",
    "bot_remove",
    "pinned_item",
    "unpinned_item",
    "reminder_add",
    "channel_convert_to_private",
}
_IGNORED_SUBTYPES = {"tombstone", "message_deleted", "message_changed", "joiner_notification"}
_USER_FILES = ("users.json", "org_users.json")
_CHANNEL_FILES = ("channels.json", "groups.json", "mpims.json", "dms.json")


def decode_mrkdwn(text: str, users: dict[str, str], channels: dict[str, str]) -> str:
    """Slack mrkdwn to plain text: mentions, channels, links, specials, entities."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("@"):
            user_id = target[1:]
            return "@" + (label or users.get(user_id) or user_id)
        if target.startswith("#"):
            channel_id = target[1:]
            return "#" + (label or channels.get(channel_id) or channel_id)
        if target.startswith("!"):
            special = target[1:]
            if special.startswith("subteam^"):
                return label or "@" + special.split("^", 1)[1]
            if special.startswith("date^"):
                return label or special
            return label or "@" + special
        url = html.unescape(target)
        label = html.unescape(label)
        if label and label != url and label not in url:
            return f"{label} ({url})"
        return label or (url[7:] if url.startswith("mailto:") else url)

    return html.unescape(_TOKEN_RE.sub(replace, text))


class _Directory:
    """Names of users and channels, from users.json/channels.json and messages."""

    def __init__(self) -> None:
        self.users: dict[str, str] = {}
        self.channels: dict[str, str] = {}
        # Real names and handles by user id, and the ids that wrote or were mentioned.
        self.people: dict[str, ImportedPerson] = {}
        self.named: dict[str, None] = {}

    def load_users(self, member: Member, sink: Sink) -> None:
        for _, _, user in _records(member, sink):
            if not isinstance(user, dict) or not isinstance(user.get("id"), str):
                continue
            profile = as_dict(user.get("profile"))
            name = (
                text_or_none(profile.get("display_name"))
                or text_or_none(profile.get("real_name"))
                or text_or_none(user.get("real_name"))
                or text_or_none(user.get("name"))
            )
            if name:
                self.users[user["id"]] = name
            if user.get("is_bot") is not True:
                self.learn_person(user["id"], profile, user)

    def learn_person(self, user_id: str, profile: dict[str, Any], user: dict[str, Any]) -> None:
        """Remember who `user_id` is: the real name, and the handles Slack shows."""
        real_name = text_or_none(profile.get("real_name")) or text_or_none(user.get("real_name"))
        handles = [
            handle
            for handle in (
                text_or_none(user.get("name")),
                text_or_none(profile.get("name")),
                text_or_none(profile.get("display_name")),
            )
            if handle and handle != real_name
        ]
        name = real_name or (handles[0] if handles else None)
        if name and user_id not in self.people:
            self.people[user_id] = ImportedPerson(name, tuple(dict.fromkeys(handles)))

    def people_named(self) -> list[ImportedPerson]:
        """The people who wrote or were mentioned, in the order they first came up."""
        return [self.people[uid] for uid in self.named if uid in self.people]

    def load_channels(self, member: Member, sink: Sink) -> None:
        for _, _, channel in _records(member, sink):
            if isinstance(channel, dict) and isinstance(channel.get("id"), str):
                name = text_or_none(channel.get("name"))
                members = channel.get("members")
                if name is None and isinstance(members, list):
                    # dms.json: no name, only the two members
                    people = [self.users.get(m, m) for m in members if isinstance(m, str)]
                    name = "dm " + ", ".join(people) if people else None
                if name:
                    self.channels[channel["id"]] = name


def _records(member: Member, sink: Sink) -> Iterator[tuple[int, tuple[str, ...], Any]]:
    """The items of a top-level JSON array (users.json and the like), streamed."""
    try:
        yield from stream_document(member, sink, frozenset({("*",)}), "Slack records")
    except UserFacingError as exc:
        if "holds no" not in exc.message:  # an empty list is fine
            sink.warn(f"{member.name} could not be read; names may show as ids.")


def import_slack(source: InputSource, sink: Sink) -> None:
    """Import a Slack export: a zip, its unpacked folder, or one channel day file."""
    members = source.members()
    directory = _Directory()
    days: list[tuple[str, Member]] = []
    for member in members:  # users first: DM folders are named after their members
        if member.name.rsplit("/", 1)[-1] in _USER_FILES:
            directory.load_users(member, sink)
    for member in members:
        base = member.name.rsplit("/", 1)[-1]
        if base in _CHANNEL_FILES:
            directory.load_channels(member, sink)
        elif base not in _USER_FILES:
            match = _DAY_RE.search(member.name)
            if match:
                days.append((match.group(1), member))
    if source.kind == "file":
        days = [(source.path.parent.name or "slack", members[0])]
    if not days:
        raise UserFacingError(
            f"{source.path.name} holds no Slack channel files (folder/YYYY-MM-DD.json).",
            "Choose the Slack export zip or its unpacked folder.",
        )
    channel_ids = {name: cid for cid, name in directory.channels.items()}
    available = sorted({folder for folder, _ in days})
    if sink.options.channels:
        wanted = {c.lstrip("#").casefold() for c in sink.options.channels}
        days = [
            (folder, member)
            for folder, member in days
            if folder.casefold() in wanted or channel_ids.get(folder, "").casefold() in wanted
        ]
        if not days:
            raise UserFacingError(
                "None of the chosen channels is in this Slack export.",
                "Channels in the export: " + ", ".join(available[:50]) + ".",
            )
    for folder, member in days:
        channel_id = channel_ids.get(folder, folder)
        shown = directory.channels.get(folder, folder)  # DM folders are conversation ids
        _import_day(shown, channel_id, member, directory, sink)
        sink.next_file(member.size)
        sink.tick(0)
    sink.people.extend(directory.people_named())


def _import_day(
    folder: str, channel_id: str, member: Member, directory: _Directory, sink: Sink
) -> None:
    try:
        check_text_head(member)
    except UserFacingError as exc:
        sink.skip(0, f"{member.name}: {exc.message}")
        return
    label = f"slack {folder}" if folder.startswith("dm ") else f"slack #{folder}"
    count = 0
    try:
        for _, message in iter_records(member, frozenset({("*",)})):
            count += 1
            event = _slack_event(message, label, channel_id, directory)
            if isinstance(event, str):
                sink.skip(count, f"{member.name} message {count}: {event}")
            elif event is not None:
                sink.add(event)
    except JsonStreamError as exc:
        sink.skip(count + 1, f"{member.name}: {exc.reason}")


def _blocks_text(blocks: Any, directory: _Directory, depth: int = 0) -> str:
    """Plain text of Block Kit blocks (rich_text, section, header, context)."""
    if depth > 12:
        return ""
    if isinstance(blocks, list):
        parts = [_blocks_text(block, directory, depth + 1) for block in blocks]
        return ("\n" if depth == 0 else "").join(p.strip("\n") if depth == 0 else p for p in parts)
    if not isinstance(blocks, dict):
        return ""
    kind = blocks.get("type")
    if kind == "text" or kind in ("mrkdwn", "plain_text"):
        text = as_str(blocks.get("text"))
        return (
            decode_mrkdwn(text, directory.users, directory.channels) if kind == "mrkdwn" else text
        )
    if kind == "user":
        user_id = as_str(blocks.get("user_id"))
        return "@" + directory.users.get(user_id, user_id)
    if kind == "channel":
        channel_id = as_str(blocks.get("channel_id"))
        return "#" + directory.channels.get(channel_id, channel_id)
    if kind == "link":
        return as_str(blocks.get("text")) or as_str(blocks.get("url"))
    if kind == "emoji":
        return f":{as_str(blocks.get('name'))}:"
    if kind == "broadcast":
        return "@" + as_str(blocks.get("range"))
    pieces = []
    for key in ("text", "elements", "fields"):
        if key in blocks:
            pieces.append(_blocks_text(blocks[key], directory, depth + 1))
    separator = "\n" if kind in ("rich_text", "section", "context", "header") else ""
    joined = separator.join(p for p in pieces if p)
    return joined + ("\n" if kind in ("rich_text_section", "rich_text_preformatted") else "")


def _author(message: dict[str, Any], directory: _Directory) -> str | None:
    user = text_or_none(message.get("user"))
    profile = as_dict(message.get("user_profile"))
    from_profile = (
        text_or_none(profile.get("display_name"))
        or text_or_none(profile.get("real_name"))
        or text_or_none(profile.get("name"))
    )
    if user and user in directory.users:
        return directory.users[user]
    if from_profile:
        if user:
            directory.users.setdefault(user, from_profile)  # Slack Connect users
            directory.learn_person(user, profile, {})
        return from_profile
    bot_name = text_or_none(dig(message, "bot_profile", "name")) or text_or_none(
        message.get("username")
    )
    return bot_name or user


def _slack_event(
    message: Any, label: str, channel_id: str, directory: _Directory
) -> ImportedEvent | str | None:
    if not isinstance(message, dict):
        return "not an object"
    subtype = message.get("subtype") if isinstance(message.get("subtype"), str) else None
    if subtype in _IGNORED_SUBTYPES:
        return None
    ts = message.get("ts")
    if not isinstance(ts, str | int | float) or isinstance(ts, bool):
        return "no ts"
    moment = epoch_to_utc(ts if isinstance(ts, str) else str(ts), "s")
    if moment is None:
        return f"unreadable ts {str(ts)[:30]!r}"
    raw_text = as_str(message.get("text"))
    if not message.get("bot_id") and subtype != "bot_message":
        author_id = text_or_none(message.get("user"))
        for user_id in ([author_id] if author_id else []) + _USER_MENTION_RE.findall(raw_text):
            directory.named.setdefault(user_id, None)
    text = decode_mrkdwn(raw_text, directory.users, directory.channels).strip()
    if not text and message.get("blocks"):
        text = _blocks_text(message.get("blocks"), directory).strip()
    if not text:
        pieces = []
        for attachment in message.get("attachments") or []:
            if isinstance(attachment, dict):
                piece = (
                    text_or_none(attachment.get("fallback"))
                    or text_or_none(attachment.get("text"))
                    or text_or_none(attachment.get("title"))
                )
                if piece:
                    pieces.append(decode_mrkdwn(piece, directory.users, directory.channels))
        text = "\n".join(pieces).strip()
    files = [
        f.get("name") or f.get("title")
        for f in message.get("files") or []
        if isinstance(f, dict) and isinstance(f.get("name") or f.get("title"), str)
    ]
    if files:
        text = (text + " " + " ".join(f"[file: {name}]" for name in files)).strip()
    if not text:
        return "empty message"
    flags: list[str] = []
    thread_ts = message.get("thread_ts")
    if isinstance(thread_ts, str) and thread_ts != ts:
        flags.append("thread_reply")
    if isinstance(message.get("edited"), dict):
        flags.append("edited")
    if message.get("bot_id") or subtype == "bot_message":
        flags.append("bot")
    return ImportedEvent(
        time_utc=moment,
        original_time=str(ts),
        source_zone="UTC",
        zone_assumed=False,
        source=label,
        author=_author(message, directory),
        text=text,
        kind="note" if subtype in _NOTE_SUBTYPES else "message",
        native_id=f"slack:{channel_id}:{ts}",
        flags=tuple(flags),
    )
