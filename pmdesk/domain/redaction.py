"""Finding secrets and personal data in the texts a post-mortem exports.

Timeline text imported from logs and chat is where they hide: a connection string
pasted into a channel, a token in a log line, a customer's e-mail address in a
support message. `find_redaction_hits` scans every exported text with detect-secrets'
detectors (in memory: no files, no baseline, no verification requests) plus patterns
of our own for what detect-secrets does not cover (unquoted passwords, connection
strings, private key blocks, e-mail addresses, phone numbers, IP addresses).

Each hit can be redacted (`redact`, which puts `[redacted]` in its place) or kept
with a reason, which the caller stores as a `LintAcknowledgement` of kind
"redaction" carrying the hit's fingerprint.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import ipaddress
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pmdesk.domain.edits import Compound, Edit, SetValue
from pmdesk.domain.location import Location
from pmdesk.domain.texts import TextField, lintable_texts, resolve_location
from pmdesk.errors import UserFacingError
from pmdesk.models import AcknowledgementKind, LintAcknowledgement, Postmortem

__all__ = [
    "REDACTED",
    "HitKind",
    "RedactionHit",
    "find_hits_in_text",
    "find_redaction_hits",
    "keep_hit",
    "mask",
    "open_redaction_hits",
    "redact",
    "redact_all",
    "redact_all_edit",
    "redact_edit",
    "redacted_field",
    "redacted_fields",
]

REDACTED = "[redacted]"


class HitKind(enum.StrEnum):
    """What was found; the value is shown to people, so it reads as words."""

    API_KEY = "API key"
    TOKEN = "access token"
    PASSWORD = "password"
    PRIVATE_KEY = "private key"
    CONNECTION_STRING = "connection string with credentials"
    EMAIL = "e-mail address"
    PHONE = "phone number"
    IP_ADDRESS = "IP address"
    CARD_NUMBER = "card number"


SECRET_KINDS = frozenset(
    {
        HitKind.API_KEY,
        HitKind.TOKEN,
        HitKind.PASSWORD,
        HitKind.PRIVATE_KEY,
        HitKind.CONNECTION_STRING,
    }
)


@dataclass(frozen=True)
class RedactionHit:
    """One secret or piece of personal data in one text.

    Attributes:
        location: the field, as `TextField.location` names it ("event:31"); None for a
            text that is not a field of a post-mortem.
        label: the field's name for people ("Timeline 4").
        step: the wizard step that edits the field.
        start, end: the span in the field's text.
        kind: what it is.
        severity: "error" blocks publishing; "warning" (IP addresses) only informs.
        fingerprint: stable across unrelated edits (see `_fingerprint`).
        detector: which detector found it ("detect-secrets: AWS Access Key", "pmdesk: email").
    """

    location: Location | None
    label: str
    step: str
    start: int
    end: int
    kind: HitKind
    severity: str
    fingerprint: str
    detector: str
    excerpt: str

    @property
    def is_blocking(self) -> bool:
        return self.severity == "error"


# --- our own patterns -------------------------------------------------------------------

_PRIVATE_KEY_BLOCK = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|.*\Z)",
    re.DOTALL,
)
# scheme://user:password@host — the password is the secret, the rest stays readable.
# The user may be empty (redis://:password@cache:6379).
_URL_CREDENTIALS = re.compile(
    r"\b[a-z][a-z0-9+.\-]{1,20}://[^\s:/@'\"<>]{0,64}:(?P<secret>[^\s@/'\"<>]{1,128})@[\w.\-\[\]]+",
    re.IGNORECASE,
)


@functools.cache
def _assigned_secret() -> re.Pattern[str]:
    """key=value and key: value in config lines, DSNs, env dumps and JSON: password=…,
    REDIS_PASSWORD=…, "api_key": "…", requirepass=…; Redis also writes `requirepass …`.

    The key is any word ending with one of these: detect-secrets' keyword list
    (password, passwd, pwd, secret, api_key, private_key, db_pass, …) plus what it
    leaves out: bare `pass` (so `requirepass`), Redis' `masterauth`, tokens, access
    keys and German spellings. Any prefix is allowed, so `PGPASSWORD` and
    `REDIS_PASSWORD` count. Built on first use: detect-secrets is
    imported only when something is scanned.
    """
    from detect_secrets.plugins.keyword import DENYLIST

    ours = (
        "pass",
        "passphrase",
        "passwort",
        "kennwort",
        "masterauth",
        "token",
        "api[_-]?key",
        "access[_-]?key",
        "secret[_-]?key",
        "private[_-]?key",
        "client[_-]?secret",
        "credentials?",
    )
    words = "|".join(sorted({*DENYLIST, *ours}, key=len, reverse=True))
    return re.compile(
        r"(?<![\w.\-])(?P<key>[\w.\-]{0,40}?(?:" + words + r"))[\"'\]]{0,2}"
        r"(?:\s*(?::=|=|:)|(?<=requirepass)\s+|(?<=masterauth)\s+)\s*"
        r"(?:(?P<quote>[\"'])(?P<quoted>[^\"'\n]{4,}?)(?P=quote)|(?P<secret>[^\s\"',;&<>]{4,}))",
        re.IGNORECASE,
    )


# Keys that end like a secret's key but name something else.
_NOT_SECRET_KEYS = frozenset({"bypass", "compass", "surpass", "trespass", "overpass", "underpass"})
_BEARER = re.compile(r"\bBearer\s+(?P<secret>[A-Za-z0-9._~+/\-]{16,}=*)")
_AWS_SECRET = re.compile(
    r"aws_secret_access_key[\"']?\s*[:=]\s*[\"']?(?P<secret>[A-Za-z0-9/+=]{40})", re.IGNORECASE
)
_TOKEN_SHAPES = (
    (re.compile(r"\bgithub_pat_[A-Za-z0-9_]{50,}"), HitKind.TOKEN),
    (re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"), HitKind.TOKEN),
    (re.compile(r"\bglpat-[A-Za-z0-9_\-]{20,}"), HitKind.TOKEN),
    (re.compile(r"\bAIza[0-9A-Za-z_\-]{35}"), HitKind.API_KEY),
    (re.compile(r"\b[rs]k_(?:live|test)_[0-9A-Za-z]{16,}"), HitKind.API_KEY),
    (re.compile(r"\bxox[abposr]-[0-9A-Za-z\-]{10,}"), HitKind.TOKEN),
)
_EMAIL = re.compile(
    r"(?<![\w.+\-/])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b"
    # scp-style remotes (git@github.com:org/repo) are addresses of machines, not people.
    r"(?!:[\w~/])"
)
_PHONE = re.compile(
    r"(?<![\w+./:-])(?:"
    r"\+\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,4}(?:[\s.\-]?\d{2,4}){1,4}"
    r"|\(\d{3}\)\s?\d{3}[\s.\-]\d{4}"
    r"|\b\d{3}[.\-]\d{3}[.\-]\d{4}"
    r"|\b0\d{2,5}[\s/\-]\d{3,8}(?:[\s\-]\d{2,6})?"
    r")(?![\w.:-]*\d)"
    # "0300 1200 ms" is a duration, not a number to call.
    r"(?!\s?(?:ms|s|sec|min|h|kb|mb|gb|%)\b)"
)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
# Candidates only; `ipaddress` decides. Clock times ("09:02:31") are not valid IPv6.
_IPV6 = re.compile(r"(?<![\w:.])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])")
# Candidates only: 13-19 digits, grouped by spaces or dashes or not at all; `_is_card_number`
# decides (issuer prefix, length, grouping, Luhn checksum).
_CARD_CANDIDATE = re.compile(r"(?<![\w.+/:\-])\d(?:[ \-]?\d){12,18}(?![\w/:]|[.,:\-]\d)")
# (first digits from, to), lengths: the issuer ranges of the card networks.
_CARD_ISSUERS: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # American Express
    (37, 37, frozenset({15})),
    (300, 305, frozenset(range(14, 20))),  # Diners Club
    (36, 36, frozenset(range(14, 20))),
    (38, 39, frozenset(range(16, 20))),
    (6011, 6011, frozenset(range(16, 20))),  # Discover
    (644, 649, frozenset(range(16, 20))),
    (65, 65, frozenset(range(16, 20))),
    (3528, 3589, frozenset(range(16, 20))),  # JCB
    (62, 62, frozenset(range(16, 20))),  # UnionPay
    (50, 50, frozenset(range(13, 20))),  # Maestro
    (56, 58, frozenset(range(13, 20))),
)


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def _passes_luhn(digits: str) -> bool:
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _is_card_number(value: str) -> bool:
    """A payment card number: a known issuer's prefix and length, the Luhn checksum, and
    groups as cards print them (4-4-4-4, 4-6-5) when it is grouped at all, so that
    timestamps, order ids and phone numbers are not taken for cards."""
    groups = re.split(r"[ \-]", value)
    digits = "".join(groups)
    if len(groups) > 1:
        separators = set(re.findall(r"[ \-]", value))
        sizes = [len(group) for group in groups]
        printed = sizes[:-1] == [4] * (len(sizes) - 1) and 1 <= sizes[-1] <= 4
        if len(separators) > 1 or not (printed or sizes in ([4, 6, 5], [4, 6, 4])):
            return False
    issuer = any(
        len(digits) in lengths and low <= int(digits[: len(str(low))]) <= high
        for low, high, lengths in _CARD_ISSUERS
    )
    return issuer and _passes_luhn(digits)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    kind: HitKind
    detector: str
    severity: str = "error"


def _own_matches(text: str) -> Iterator[_Match]:
    for m in _PRIVATE_KEY_BLOCK.finditer(text):
        yield _Match(m.start(), m.end(), HitKind.PRIVATE_KEY, "pmdesk: private key block")
    for m in _URL_CREDENTIALS.finditer(text):
        yield _Match(
            m.start("secret"), m.end("secret"), HitKind.CONNECTION_STRING, "pmdesk: URL credentials"
        )
    for m in _AWS_SECRET.finditer(text):
        yield _Match(m.start("secret"), m.end("secret"), HitKind.API_KEY, "pmdesk: AWS secret")
    for m in _assigned_secret().finditer(text):
        group = "quoted" if m.group("quoted") is not None else "secret"
        value = m.group(group)
        key = m.group("key").lower()
        if key in _NOT_SECRET_KEYS or _looks_like_placeholder(value):
            continue
        yield _Match(m.start(group), m.end(group), _assigned_kind(key), "pmdesk: assigned secret")
    for m in _BEARER.finditer(text):
        yield _Match(m.start("secret"), m.end("secret"), HitKind.TOKEN, "pmdesk: bearer token")
    for pattern, kind in _TOKEN_SHAPES:
        for m in pattern.finditer(text):
            yield _Match(m.start(), m.end(), kind, "pmdesk: token shape")
    for m in _CARD_CANDIDATE.finditer(text):
        if _is_card_number(m.group()):
            yield _Match(m.start(), m.end(), HitKind.CARD_NUMBER, "pmdesk: card number")
    for m in _EMAIL.finditer(text):
        yield _Match(m.start(), m.end(), HitKind.EMAIL, "pmdesk: e-mail")
    for m in _PHONE.finditer(text):
        value = m.group()
        # National numbers (leading 0) have at least 9 digits: 030 1234567, 0170 1234567.
        least = 9 if value.startswith("0") else 8
        if least <= _digits(value) <= 15 and not _looks_like_date_or_version(value):
            yield _Match(m.start(), m.end(), HitKind.PHONE, "pmdesk: phone")
    for pattern in (_IPV4, _IPV6):
        for m in pattern.finditer(text):
            if _is_reportable_ip(m.group()):
                yield _Match(m.start(), m.end(), HitKind.IP_ADDRESS, "pmdesk: IP", "warning")


_PLACEHOLDERS = re.compile(
    r"^(?:\*+|x+|\.{3}|…|<[^>]*>|\$\{?[A-Za-z_]+\}?|%\(?[a-z_]+\)?s?|\{\{?[^}]*\}\}?|"
    r"redacted|\[redacted\]|null|none|true|false|changeme|example|required|reset|expired|"
    r"rotated|invalid|missing|empty)$",
    re.IGNORECASE,
)


def _assigned_kind(key: str) -> HitKind:
    if "token" in key:
        return HitKind.TOKEN
    if any(word in key for word in ("pass", "pwd", "kennwort", "masterauth", "credential")):
        return HitKind.PASSWORD
    return HitKind.API_KEY


def _looks_like_placeholder(value: str) -> bool:
    """Template variables, masks, words and example sequences, not secrets.

    detect-secrets' own heuristics decide templates (`{{x}}`, `<x>`, `${X}`, `$X`) and
    sequences (`abcdefgh`, `12345678`); paths (`pwd: /srv/app`) are not secrets either.
    """
    from detect_secrets.filters import heuristic

    return (
        bool(_PLACEHOLDERS.match(value.strip("[]().")))
        or value.startswith(("[redacted", "/", "~/"))
        or heuristic.is_templated_secret(value)
        or heuristic.is_prefixed_with_dollar_sign(value)
        or heuristic.is_sequential_string(value)
    )


def _looks_like_date_or_version(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", value.strip()))


def _is_reportable_ip(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    if address.version == 6 and value.count(":") < 3 and "::" not in value:
        return False
    # Loopback and unspecified addresses identify nobody.
    return not (address.is_loopback or address.is_unspecified)


# --- detect-secrets -----------------------------------------------------------------------

_DETECT_SECRETS_KINDS = {
    "AWS Access Key": HitKind.API_KEY,
    "Azure Storage Account access key": HitKind.API_KEY,
    "Basic Auth Credentials": HitKind.CONNECTION_STRING,
    "Private Key": HitKind.PRIVATE_KEY,
    "Secret Keyword": HitKind.PASSWORD,
}


@functools.cache
def _detect_secrets_plugins() -> tuple[Any, ...]:
    """The detect-secrets plugins that work on a single string without a file.

    The entropy detectors are left out on purpose: timeline text is full of hashes,
    commit ids and request ids, and their false alarms would bury the real hits.
    """
    from detect_secrets.plugins.artifactory import ArtifactoryDetector
    from detect_secrets.plugins.aws import AWSKeyDetector
    from detect_secrets.plugins.azure_storage_key import AzureStorageKeyDetector
    from detect_secrets.plugins.basic_auth import BasicAuthDetector
    from detect_secrets.plugins.discord import DiscordBotTokenDetector
    from detect_secrets.plugins.github_token import GitHubTokenDetector
    from detect_secrets.plugins.gitlab_token import GitLabTokenDetector
    from detect_secrets.plugins.jwt import JwtTokenDetector
    from detect_secrets.plugins.keyword import KeywordDetector
    from detect_secrets.plugins.mailchimp import MailchimpDetector
    from detect_secrets.plugins.npm import NpmDetector
    from detect_secrets.plugins.openai import OpenAIDetector
    from detect_secrets.plugins.private_key import PrivateKeyDetector
    from detect_secrets.plugins.pypi_token import PypiTokenDetector
    from detect_secrets.plugins.sendgrid import SendGridDetector
    from detect_secrets.plugins.slack import SlackDetector
    from detect_secrets.plugins.square_oauth import SquareOAuthDetector
    from detect_secrets.plugins.stripe import StripeDetector
    from detect_secrets.plugins.telegram_token import TelegramBotTokenDetector
    from detect_secrets.plugins.twilio import TwilioKeyDetector

    classes: tuple[Callable[[], Any], ...] = (
        ArtifactoryDetector,
        AWSKeyDetector,
        AzureStorageKeyDetector,
        BasicAuthDetector,
        DiscordBotTokenDetector,
        GitHubTokenDetector,
        GitLabTokenDetector,
        JwtTokenDetector,
        KeywordDetector,
        MailchimpDetector,
        NpmDetector,
        OpenAIDetector,
        PrivateKeyDetector,
        PypiTokenDetector,
        SendGridDetector,
        SlackDetector,
        SquareOAuthDetector,
        StripeDetector,
        TelegramBotTokenDetector,
        TwilioKeyDetector,
    )
    return tuple(cls() for cls in classes)


def _detect_secrets_matches(text: str) -> Iterator[_Match]:
    offset = 0
    for line in text.splitlines(keepends=True):
        for plugin in _detect_secrets_plugins():
            secret_type = str(plugin.secret_type)
            values = {str(v) for v in plugin.analyze_string(line) if v}
            if not values:
                continue
            kind = _DETECT_SECRETS_KINDS.get(secret_type, HitKind.TOKEN)
            if "Key" in secret_type and kind is HitKind.TOKEN:
                kind = HitKind.API_KEY
            detector = f"detect-secrets: {secret_type}"
            spans = list(_plugin_spans(plugin, line, values))
            for start, end in spans:
                yield _Match(offset + start, offset + end, kind, detector)
        offset += len(line)


def _value_span(match: re.Match[str], value: str) -> tuple[int, int]:
    """Where `value` is in the match: the group that captured it (the password of
    `://user:pass@`, not the "pass" in a user "passer"), else its first occurrence."""
    groups = [i for i in range(1, (match.lastindex or 0) + 1) if match.group(i) == value]
    if groups:
        return match.span(groups[-1])
    start = match.start() + match.group(0).index(value)
    return start, start + len(value)


def _plugin_spans(plugin: Any, line: str, values: set[str]) -> Iterator[tuple[int, int]]:
    """Where in `line` the plugin's values are.

    Some detectors report only part of what they matched (the GitHub detector returns
    the "ghp" prefix, the private-key detector the header words); then the whole regex
    match is the span, so that redacting it removes the secret and not just its label.
    Others report the secret inside its context (the password of a URL); then only the
    secret is the span, so that redacting it leaves the URL readable.
    """
    found = False
    for pattern in getattr(plugin, "denylist", ()) or ():
        for m in pattern.finditer(line):
            whole = m.group(0)
            value = next((v for v in values if v in whole), None)
            if value is None:
                continue
            found = True
            if value == whole or (len(value) < 8 and whole.startswith(value)):
                yield m.span()
            else:
                yield _value_span(m, value)
    if found:
        return
    for value in values:
        start = line.find(value)
        while start != -1:
            yield start, start + len(value)
            start = line.find(value, start + len(value))


# --- scanning ---------------------------------------------------------------------------


def _merge(matches: Iterable[_Match]) -> list[_Match]:
    """Overlapping matches become one: the widest span wins, secrets before personal data."""
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start)))
    merged: list[_Match] = []
    for match in ordered:
        if merged and match.start < merged[-1].end:
            last = merged[-1]
            if match.end > last.end:
                merged[-1] = _Match(last.start, match.end, last.kind, last.detector, last.severity)
            elif last.severity == "warning" and match.severity == "error":
                merged[-1] = _Match(
                    last.start, last.end, match.kind, match.detector, match.severity
                )
            continue
        merged.append(match)
    return merged


def _normalise(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def _fingerprint(kind: HitKind, value: str) -> str:
    """What was found, not where: edits elsewhere, or moving the text, keep the decision.

    The same value kept once is kept wherever it occurs; that is what people mean by
    "this is our public support address".
    """
    payload = f"redaction\x1f{kind.name}\x1f{_normalise(value)}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def find_hits_in_text(
    text: str, *, location: Location | None = None, label: str = "", step: str = ""
) -> list[RedactionHit]:
    """Every secret and piece of personal data in one text, in text order."""
    if not text or not text.strip():
        return []
    matches = [
        m
        for m in _merge([*_own_matches(text), *_detect_secrets_matches(text)])
        if text[m.start : m.end].strip() and text[m.start : m.end] != REDACTED
    ]
    spans = [(m.start, m.end) for m in matches]
    return [
        RedactionHit(
            location=location,
            label=label,
            step=step,
            start=m.start,
            end=m.end,
            kind=m.kind,
            severity=m.severity,
            fingerprint=_fingerprint(m.kind, text[m.start : m.end]),
            detector=m.detector,
            excerpt=_excerpt(text, m.start, m.end, spans),
        )
        for m in matches
    ]


def mask(value: str) -> str:
    """How a found value is shown: its first two characters, or nothing of a short one."""
    return value[:2] + "…" if len(value) > 6 else "…"


def _excerpt(
    text: str, start: int, end: int, spans: Iterable[tuple[int, int]], context: int = 24
) -> str:
    """The hit in its context, with every hit in view masked: excerpts are shown on a
    shared screen and stored with kept findings, so no secret may appear in one, not
    the hit's and not a neighbour's (not even in part, where the context cuts it)."""
    low, high = max(0, start - context), min(len(text), end + context)
    in_view = sorted((s, e) for s, e in spans if s < high and e > low)
    for s, e in in_view:
        low, high = min(low, s), max(high, e)
    pieces: list[str] = []
    position = low
    for s, e in in_view:
        pieces.append(text[position:s])
        pieces.append(mask(text[s:e]))
        position = e
    pieces.append(text[position:high])
    return " ".join("".join(pieces).split())


def find_redaction_hits(
    pm: Postmortem, fields: Iterable[TextField] | None = None
) -> list[RedactionHit]:
    """Every hit in every exported text of `pm` (facilitator notes are never exported)."""
    chosen = lintable_texts(pm) if fields is None else fields
    hits: list[RedactionHit] = []
    for field in chosen:
        if not field.is_exported:
            continue
        hits.extend(
            find_hits_in_text(
                field.text, location=field.location, label=field.label, step=field.step
            )
        )
    return hits


def open_redaction_hits(
    pm: Postmortem, hits: Iterable[RedactionHit] | None = None
) -> list[RedactionHit]:
    """The hits not kept with a reason (no redaction acknowledgement with their fingerprint)."""
    kept = {
        ack.fingerprint
        for ack in pm.acknowledgements
        if ack.kind == AcknowledgementKind.REDACTION and (ack.reason or "").strip()
    }
    chosen = find_redaction_hits(pm) if hits is None else hits
    return [hit for hit in chosen if hit.fingerprint not in kept]


def keep_hit(pm: Postmortem, hit: RedactionHit, reason: str) -> LintAcknowledgement:
    """ "Keep, with a reason": record that `hit` stays in the text on purpose.

    The acknowledgement stores the fingerprint and a masked excerpt, never the value.

    Raises:
        UserFacingError: the reason is empty.
    """
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise UserFacingError(
            "A finding can be kept only with a reason.",
            "Say why this text may be published, or redact it.",
        )
    for existing in pm.acknowledgements:
        if (
            existing.kind == AcknowledgementKind.REDACTION
            and existing.fingerprint == hit.fingerprint
        ):
            existing.reason = cleaned
            return existing
    acknowledgement = LintAcknowledgement(
        kind=AcknowledgementKind.REDACTION,
        fingerprint=hit.fingerprint,
        rule_id=f"redaction.{hit.kind.name.lower()}",
        location=str(hit.location or ""),
        excerpt=hit.excerpt,
        reason=cleaned,
    )
    pm.acknowledgements.append(acknowledgement)
    return acknowledgement


def redact(text: str, hit: RedactionHit) -> str:
    """`text` with the hit replaced by "[redacted]".

    Raises:
        ValueError: the text changed since the hit was found (the span no longer holds
            what was found), so the caller should scan again.
    """
    if hit.end > len(text) or _fingerprint(hit.kind, text[hit.start : hit.end]) != hit.fingerprint:
        raise ValueError("the text changed since it was checked; check it again")
    return text[: hit.start] + REDACTED + text[hit.end :]


def redact_all(text: str, hits: Iterable[RedactionHit]) -> str:
    """`text` with every hit replaced, back to front so the spans stay valid."""
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        text = text[: hit.start] + REDACTED + text[hit.end :]
    return text


# Redacting one hit can leave another, and a hit found earlier may have moved since
# (the text was edited after the check): each pass scans the text as it is now.
_MAX_PASSES = 5


@dataclass(frozen=True)
class RedactedField:
    """What a redaction changes: `target.attribute` becomes `text`."""

    location: Location
    target: object
    attribute: str
    text: str


def redacted_field(
    pm: Postmortem, location: Location, fingerprint: str | None = None
) -> RedactedField | None:
    """The field at `location` with its open blocking hits redacted, scanning its
    current text (not a span found earlier): only the hits with `fingerprint` when one
    is given, else every one. None when there is nothing to redact there."""
    target = resolve_location(pm, location)
    if target is None:
        return None
    obj, attribute = target
    original = getattr(obj, attribute) or ""
    text = original
    for _ in range(_MAX_PASSES):
        hits = [
            hit
            for hit in open_redaction_hits(pm, find_hits_in_text(text))
            if hit.is_blocking and (fingerprint is None or hit.fingerprint == fingerprint)
        ]
        if not hits:
            break
        text = redact_all(text, hits)
    return None if text == original else RedactedField(location, obj, attribute, text)


def redacted_fields(pm: Postmortem) -> list[RedactedField]:
    """Every exported field that holds open blocking hits, with all of them redacted
    ("Redact all"). Kept findings and IP addresses (warnings) stay."""
    changes = []
    for text_field in lintable_texts(pm):
        if text_field.is_exported:
            change = redacted_field(pm, text_field.location)
            if change is not None:
                changes.append(change)
    return changes


def _set_text(change: RedactedField, label: str) -> SetValue:
    return SetValue(change.target, change.attribute, change.text, label=label)


def redact_edit(
    pm: Postmortem, location: Location, fingerprint: str | None = None, label: str = "Redact"
) -> Edit | None:
    """`redacted_field` as one undo step; None when there is nothing to redact there."""
    change = redacted_field(pm, location, fingerprint)
    return None if change is None else _set_text(change, label)


def redact_all_edit(pm: Postmortem, label: str = "Redact all") -> Edit | None:
    """`redacted_fields` as one undo step; None when nothing is left to redact."""
    changes = redacted_fields(pm)
    if not changes:
        return None
    return Compound(tuple(_set_text(change, label) for change in changes), label)
