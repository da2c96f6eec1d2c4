"""Secrets and personal data in exported text, and their clean look-alikes."""

from __future__ import annotations

import pytest

from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.redaction import (
    REDACTED,
    HitKind,
    find_hits_in_text,
    find_redaction_hits,
    open_redaction_hits,
    redact,
    redact_all,
)
from pmdesk.models import AcknowledgementKind, LintAcknowledgement

from .conftest import LoadPostmortem, add_event

# Timeline lines as they arrive from log and chat imports. The values are the
# documented example credentials of their vendors, or made up.
MUST_FLAG = [
    (
        "aws key in env dump AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
        HitKind.API_KEY,
        "AKIAIOSFODNN7EXAMPLE",
    ),
    (
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        HitKind.API_KEY,
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    (
        "pushed with token 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 to the fork",
        HitKind.TOKEN,
        "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",
    ),
    (
        "DATABASE_URL=postgresql://checkout:Tr0ub4dor3@db-01.internal:5432/shop",
        HitKind.CONNECTION_STRING,
        "Tr0ub4dor3",
    ),
    ("psql host=db-02 user=app password=s3cr3t-Pa55 dbname=shop", HitKind.PASSWORD, "s3cr3t-Pa55"),
    ('config: {"password": "Sup3rS3cret!"}', HitKind.PASSWORD, "Sup3rS3cret!"),
    (
        "curl -H 'Authorization: Bearer abcdef0123456789abcdef0123456789'",
        HitKind.TOKEN,
        "abcdef0123456789abcdef0123456789",
    ),
    (
        "Slack bot xoxb-123456789012-1234567890123-abcdefghijabcdefghijabcd posted",
        HitKind.TOKEN,
        "xoxb-123456789012-1234567890123-abcdefghijabcdefghijabcd",
    ),
    ("Customer jane.doe@example.com cannot pay", HitKind.EMAIL, "jane.doe@example.com"),
    ("Call the merchant on +49 170 1234567 today", HitKind.PHONE, "+49 170 1234567"),
    ("US support line (415) 555-0132 was busy", HitKind.PHONE, "(415) 555-0132"),
    ("Berlin office 030 12345678 called back", HitKind.PHONE, "030 12345678"),
    # Config-file secrets: key=value and key: value, any prefix, any case.
    ("redis.conf had requirepass=Kx9vT2pLm4 set", HitKind.PASSWORD, "Kx9vT2pLm4"),
    ("redis.conf: requirepass Kx9vT2pLm4", HitKind.PASSWORD, "Kx9vT2pLm4"),
    ("env: REDIS_PASSWORD=Kx9vT2pLm4", HitKind.PASSWORD, "Kx9vT2pLm4"),
    ("export PGPASSWORD=Kx9vT2pLm4", HitKind.PASSWORD, "Kx9vT2pLm4"),
    ("settings.py DB_PASS: 'w1ntEr-is-c0ming'", HitKind.PASSWORD, "w1ntEr-is-c0ming"),
    ("Pwd=Qz7pLw2x;Server=db-01", HitKind.PASSWORD, "Qz7pLw2x"),
    ("client_secret: 8dK3mQ0vX2pL9sR4", HitKind.API_KEY, "8dK3mQ0vX2pL9sR4"),
    ("vendor APIKEY=c0ffee12deadbeef77", HitKind.API_KEY, "c0ffee12deadbeef77"),
    ("X-Auth-Token: 9f8e7d6c5b4a3c2d", HitKind.TOKEN, "9f8e7d6c5b4a3c2d"),
    ("cache at redis://:Kx9vT2pLm4@cache-01:6379/0", HitKind.CONNECTION_STRING, "Kx9vT2pLm4"),
    ("postgres://user:pass@host/db", HitKind.CONNECTION_STRING, "pass"),
    # Card numbers: issuer prefix, length, grouping and the Luhn checksum.
    ("declined card 4111 1111 1111 1111 twice", HitKind.CARD_NUMBER, "4111 1111 1111 1111"),
    ("card=5500-0000-0000-0004 in the log", HitKind.CARD_NUMBER, "5500-0000-0000-0004"),
    ("Amex 3782 822463 10005 was charged", HitKind.CARD_NUMBER, "3782 822463 10005"),
    ("pan 6011000990139424 leaked", HitKind.CARD_NUMBER, "6011000990139424"),
]

CLEAN = [
    "Healthy hosts (app-01, -02, -05) were restarted by the Tuesday deploy at 08:30",
    "archive_command failed (exit 1): upload denied; 1,204 segments waiting",
    "the password reset flow failed for 3 % of users",
    "rotated the API key for the WAL bucket on Oct 11",
    "fingerprint 6e7b0a543a1b12a84531631167c144184955da4b8be80a4f07abcffc329dfcf9",
    "2026-10-14 09:02:31 UTC, ticket OPS-1234, version 3.11.3, build 20261014",
    "ssh postgres@db-01 then git push git@github.com:shop/checkout.git",
    "password: [redacted] and token=<your token here>",
    "09:02:31 to 10:07:26 and std::vector in the C++ client",
    "connect to postgresql://db-01:5432/shop as the app role",
    "localhost 127.0.0.1 answered; 0.0.0.0 bind",
    "retry in 0300 1200 ms, pid 31877 exited with 137, Content-Length: 12345678",
    'password: "[redacted]", api_key = "<YOUR_KEY>", password=${DB_PASSWORD}',
    "pwd: /srv/checkout and bypass=enabled, passes: 3, token count 500",
    "password=12345678 is the sequence the linter rejects, and so is secret=abcdefgh",
    # Long numbers that are not cards: epoch micro- and nanoseconds, a Luhn-invalid
    # number with a Visa prefix, ids of the wrong length, odd groupings.
    "ts 1686751502118204 and 1686751502118204311 from the journal",
    "order 4111111111111112 and 4111 1111 1111 1112 failed",
    "trace 5105105105105100999 span 41111111111111",
    "call 4111 11 111111 1111 later",
]


@pytest.mark.parametrize(("text", "kind", "value"), MUST_FLAG)
def test_flags_secrets_and_personal_data(text: str, kind: HitKind, value: str) -> None:
    hits = find_hits_in_text(text)
    assert [(h.kind, text[h.start : h.end]) for h in hits] == [(kind, value)]
    assert hits[0].severity == "error"


def test_private_key_block_spans_the_whole_block() -> None:
    text = (
        "pasted by mistake:\n-----BEGIN OPENSSH PRIVATE KEY-----\n"
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        "-----END OPENSSH PRIVATE KEY-----\nthanks"
    )
    (hit,) = find_hits_in_text(text)
    assert hit.kind is HitKind.PRIVATE_KEY
    assert text[hit.start : hit.end].startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    assert text[hit.start : hit.end].endswith("-----END OPENSSH PRIVATE KEY-----")
    assert redact(text, hit) == f"pasted by mistake:\n{REDACTED}\nthanks"


def test_ip_addresses_are_warnings() -> None:
    text = "requests from 203.0.113.42 and 2001:db8::7 were throttled"
    hits = find_hits_in_text(text)
    assert [(h.kind, h.severity) for h in hits] == [
        (HitKind.IP_ADDRESS, "warning"),
        (HitKind.IP_ADDRESS, "warning"),
    ]
    assert not any(h.is_blocking for h in hits)


@pytest.mark.parametrize("text", CLEAN)
def test_clean_look_alikes(text: str) -> None:
    assert find_hits_in_text(text) == []


def test_hits_in_imported_timeline_text(load_pm: LoadPostmortem) -> None:
    def imported(data: dict[str, object]) -> None:
        add_event(data, "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", author="deploy-bot")
        add_event(data, "ping me at priya.raman@example.com", author="Priya Raman")

    pm = load_pm(imported)
    hits = find_redaction_hits(pm)
    assert [(str(h.location), h.kind) for h in hits] == [
        (f"event:{pm.timeline_events[-2].id}", HitKind.API_KEY),
        (f"event:{pm.timeline_events[-1].id}", HitKind.EMAIL),
    ]
    assert all(h.step == "timeline" for h in hits)


def test_fingerprint_is_stable_across_unrelated_edits() -> None:
    before = find_hits_in_text(
        "token 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", location=Location.parse("event:1")
    )
    after = find_hits_in_text(
        "Earlier text was added. token 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 (see above)",
        location=Location.parse("event:9"),
    )
    assert before[0].fingerprint == after[0].fingerprint
    other = find_hits_in_text("token ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    assert other[0].fingerprint != before[0].fingerprint


def test_keep_with_a_reason(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: add_event(d, "Support address support@example.com was flooded"))
    (hit,) = open_redaction_hits(pm)
    pm.acknowledgements.append(
        LintAcknowledgement(
            kind=AcknowledgementKind.REDACTION, fingerprint=hit.fingerprint, reason=""
        )
    )
    assert open_redaction_hits(pm) == [hit]  # a keep without a reason does not count
    pm.acknowledgements[-1].reason = "Our public support address"
    assert open_redaction_hits(pm) == []


def test_redact_replaces_exactly_the_hit() -> None:
    text = "user=app password=hunter22 host=db-01"
    (hit,) = find_hits_in_text(text)
    assert redact(text, hit) == "user=app password=[redacted] host=db-01"
    with pytest.raises(ValueError, match="changed"):
        redact("user=app password=hunter23 host=db-01", hit)


def test_redact_all_keeps_spans_valid() -> None:
    text = "a@example.com then b@example.org then AKIAIOSFODNN7EXAMPLE"
    assert redact_all(text, find_hits_in_text(text)) == (
        f"{REDACTED} then {REDACTED} then {REDACTED}"
    )


def test_excerpt_never_shows_the_secret() -> None:
    (hit,) = find_hits_in_text("the password=CorrectHorseBatteryStaple worked")
    assert "CorrectHorse" not in hit.excerpt
    assert hit.excerpt == "the password=Co… worked"


@pytest.mark.parametrize(
    "text",
    [
        "redis: requirepass=Kx9vT2pLm4 and key AKIAIOSFODNN7EXAMPLE in one line",
        "password=hunter22secret AKIAIOSFODNN7EXAMPLE",
        "AKIAIOSFODNN7EXAMPLE then a long gap then password=hunter22secret",
        "card 4111 1111 1111 1111, mail jane.doe@example.com, key AKIAIOSFODNN7EXAMPLE",
    ],
)
def test_excerpts_mask_every_neighbouring_secret_too(text: str) -> None:
    hits = find_hits_in_text(text)
    assert len(hits) >= 2
    for hit in hits:
        for other in hits:
            value = text[other.start : other.end]
            # Not even the part of a neighbour the context window would cut off.
            assert value[2:6] not in hit.excerpt, (hit.excerpt, value)


def test_excerpt_masks_a_value_to_its_first_two_characters() -> None:
    text = "login with password=Kx9vT2pLm4 today"
    (hit,) = find_hits_in_text(text)
    assert hit.excerpt == "login with password=Kx… today"


def test_keep_hit_records_a_masked_acknowledgement(load_pm: LoadPostmortem) -> None:
    from pmdesk.domain.redaction import keep_hit
    from pmdesk.errors import UserFacingError

    pm = load_pm(lambda d: add_event(d, "db password=hunter22secret in the log"))
    (hit,) = open_redaction_hits(pm)
    with pytest.raises(UserFacingError, match="only with a reason"):
        keep_hit(pm, hit, "  ")
    ack = keep_hit(pm, hit, "Staging  fixture,\nrotated")
    assert ack.kind is AcknowledgementKind.REDACTION
    assert ack.reason == "Staging fixture, rotated"
    assert "hunter22secret" not in ack.excerpt
    assert keep_hit(pm, hit, "Rotated since") is ack  # keeping again updates the reason
    assert open_redaction_hits(pm) == []


def test_redacted_fields_redact_every_open_blocking_hit(load_pm: LoadPostmortem) -> None:
    from pmdesk.domain.redaction import keep_hit, redacted_field, redacted_fields

    def edit(data: dict[str, object]) -> None:
        add_event(data, "requirepass Kx9vT2pLm4 on 203.0.113.42, card 4111 1111 1111 1111")
        add_event(data, "Support address support@example.com was flooded")

    pm = load_pm(edit)
    kept = next(h for h in open_redaction_hits(pm) if h.kind is HitKind.EMAIL)
    keep_hit(pm, kept, "Our public support address")
    changes = redacted_fields(pm)
    assert [(str(c.location), c.text) for c in changes] == [
        (
            f"event:{pm.timeline_events[-2].id}",
            f"requirepass {REDACTED} on 203.0.113.42, card {REDACTED}",
        )
    ]
    assert changes[0].target is pm.timeline_events[-2]
    assert changes[0].attribute == "text"
    # One finding only: the field as it is now, found again by what was found.
    (card,) = [h for h in open_redaction_hits(pm) if h.kind is HitKind.CARD_NUMBER]
    pm.timeline_events[-2].text = "Earlier: " + pm.timeline_events[-2].text
    one = redacted_field(pm, card.location, card.fingerprint)
    assert one is not None
    assert one.text == "Earlier: requirepass Kx9vT2pLm4 on 203.0.113.42, card [redacted]"
    assert redacted_field(pm, Location.of_part(LocationKind.EVENT, 999999)) is None


def test_redacting_is_one_undo_step(load_pm: LoadPostmortem) -> None:
    from pmdesk.domain.redaction import redact_all_edit, redact_edit

    def edit(data: dict[str, object]) -> None:
        add_event(data, "requirepass Kx9vT2pLm4 and card 4111 1111 1111 1111")
        add_event(data, "Mail jane.doe@example.org for access")

    pm = load_pm(edit)
    first, second = pm.timeline_events[-2:]
    before = (first.text, second.text)
    (card,) = [h for h in open_redaction_hits(pm) if h.kind is HitKind.CARD_NUMBER]
    one = redact_edit(pm, card.location, card.fingerprint, "Redact")
    assert one is not None
    undo = one.apply()
    assert first.text == f"requirepass Kx9vT2pLm4 and card {REDACTED}"
    undo.apply()
    assert first.text == before[0]

    every = redact_all_edit(pm, "Redact all")
    assert every is not None
    assert every.label == "Redact all"
    undo = every.apply()
    assert (first.text, second.text) == (
        f"requirepass {REDACTED} and card {REDACTED}",
        f"Mail {REDACTED} for access",
    )
    assert redact_all_edit(pm) is None  # nothing left
    undo.apply()
    assert (first.text, second.text) == before
