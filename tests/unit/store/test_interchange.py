"""dump/load: the interchange format round-trips exactly and rejects what it cannot read."""

from __future__ import annotations

import copy
import json
import math
from datetime import UTC, datetime
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String

from pmdesk.domain.limits import LINE_MAX_CHARS, TEXT_MAX_CHARS, TITLE_MAX_CHARS
from pmdesk.errors import UserFacingError
from pmdesk.importers._sink import LEVEL_NAMES
from pmdesk.models import (
    ActionItem,
    ContributingFactor,
    ImportBatch,
    Lesson,
    LintAcknowledgement,
    Participant,
    Postmortem,
    Publication,
    Status,
    TimelineEvent,
    TriggerAssessment,
    WhyNode,
)
from pmdesk.resource_files import resource_path
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import dump_postmortem, load_postmortem, publications_not_loaded
from pmdesk.store.interchange_check import InvalidDocument
from pmdesk.store.publications import FORMATS, PROFILES, publish
from pmdesk.store.queries import create_postmortem, find_postmortem

SCHEMA = json.loads(resource_path("schema", "postmortem.schema.json").read_text(encoding="utf-8"))

# Text as people type it, minus what JSON cannot carry (lone surrogates) and NUL,
# which PostgreSQL does not store.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)
times = st.datetimes(
    min_value=__import__("datetime").datetime(2000, 1, 1),
    max_value=__import__("datetime").datetime(2099, 12, 31),
).map(lambda d: d.isoformat(timespec="microseconds") + "Z")
optional_bool = st.none() | st.booleans()
hashes = st.binary(min_size=32, max_size=32).map(bytes.hex)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    n_events = draw(st.integers(0, 6))
    n_imports = draw(st.integers(0, 2))
    imports = [
        {
            "ref": f"i{i + 1}",
            "source_label": draw(texts),
            "file_name": draw(texts),
            "format": draw(st.sampled_from(["slack", "journald", "csv"])),
            "imported_at": draw(times),
            "event_count": draw(st.integers(0, 10**6)),
            "skipped_count": draw(st.integers(0, 100)),
        }
        for i in range(n_imports)
    ]
    event_times = sorted(draw(st.lists(times, min_size=n_events, max_size=n_events)))
    timeline = [
        {
            "ref": f"e{i + 1}",
            "occurred_at": event_times[i],
            "text": draw(texts),
            "original_time": draw(texts),
            "source_zone": draw(st.sampled_from(["UTC", "+02:00", "Europe/Berlin"])),
            "source": draw(texts),
            "author": draw(st.none() | texts),
            "kind": draw(st.sampled_from(["message", "log", "note"])),
            "key_moment": draw(
                st.none() | st.sampled_from(["impact_start", "detected", "mitigated", "resolved"])
            ),
            "fingerprint": f"fp-{i}",
            "flags": draw(
                st.lists(st.sampled_from(["ambiguous_dst", "year_inferred"]), max_size=2)
            ),
            "is_internal_only": draw(st.booleans()),
            "level": draw(st.none() | st.sampled_from(LEVEL_NAMES)),
            "corroborates": None,
            "import": draw(st.none() | st.sampled_from([b["ref"] for b in imports]))
            if imports
            else None,
        }
        for i in range(n_events)
    ]
    # Some events corroborate an earlier one that corroborates nothing itself.
    for event in timeline[1:]:
        targets = [
            e["ref"]
            for e in timeline
            if e is not event
            and e["corroborates"] is None
            and int(e["ref"][1:]) < int(event["ref"][1:])
            and not any(other["corroborates"] == event["ref"] for other in timeline)
        ]
        if targets and draw(st.booleans()):
            event["corroborates"] = draw(st.sampled_from(targets))
    counter = iter(range(1, 1000))

    def why(depth: int) -> dict[str, Any]:
        return {
            "ref": f"w{next(counter)}",
            "text": draw(texts),
            "is_root_cause": draw(st.booleans()),
            "category": draw(st.none() | st.sampled_from(["monitoring", "automation"])),
            "evidence": sorted(
                set(draw(st.lists(st.sampled_from([e["ref"] for e in timeline]), max_size=2))),
                key=lambda ref: int(ref[1:]),
            )
            if timeline
            else [],
            "children": [
                why(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 2 else 0)))
            ],
        }

    chains = [why(0) for _ in range(draw(st.integers(0, 3)))]
    refs: list[str] = []

    def collect(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            refs.append(node["ref"])
            collect(node["children"])

    collect(chains)
    actions = [
        {
            "title": draw(texts),
            "description": draw(texts),
            "type": draw(st.sampled_from(["code_change", "test", "process", "other"])),
            "owner": draw(texts),
            "priority": draw(st.sampled_from(["P0", "P1", "P2", "P3"])),
            "due_on": draw(st.none() | st.dates().map(lambda d: d.isoformat())),
            "status": draw(st.sampled_from(["open", "in_progress", "done", "wont_do"])),
            "tracker_url": draw(texts),
            "root_causes": sorted(
                set(draw(st.lists(st.sampled_from(refs), max_size=2))), key=refs.index
            )
            if refs
            else [],
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    # Root causes are stored in creation order, which is the order of `refs`.
    for action in actions:
        action["root_causes"].sort(key=refs.index)
        # The follow-up is written only where set.
        days = st.dates().map(lambda d: d.isoformat())
        if draw(st.booleans()):
            action["completed_on"] = draw(days)
        if draw(st.booleans()):
            action["success_criterion"] = draw(texts.filter(bool))
        if draw(st.booleans()):
            action["review_on"] = draw(days)
        if draw(st.booleans()):
            action["review"] = {
                "outcome": draw(st.sampled_from(["held", "did_not_hold"])),
                "note": draw(texts),
                "reviewed_by": draw(texts),
                "reviewed_at": draw(times),
            }
    publications = [
        {
            "version": i + 1,
            "postmortem_version": draw(st.integers(0, 100)),
            "formats": draw(
                st.lists(st.sampled_from(FORMATS), min_size=1, max_size=4, unique=True)
            ),
            "profile": draw(st.sampled_from(PROFILES)),
            "content_hash": draw(hashes),
            "published_at": draw(times),
            "gate_overrides": draw(
                st.lists(st.fixed_dictionaries({"gate": texts, "reason": texts}), max_size=2)
            ),
        }
        for i in range(draw(st.integers(0, 2)))
    ]
    return {
        "format": "pmdesk.postmortem",
        "format_version": 1,
        "postmortem": {
            "uuid": str(draw(st.uuids())),
            "key": draw(st.sampled_from(["PM-0001", "PM-0042", "PM-12345"])),
            "title": draw(texts),
            "summary": draw(texts),
            "customer_impact": draw(texts),
            "severity": draw(st.none() | st.integers(1, 5)),
            "incident_start": draw(st.none() | times),
            "incident_end": draw(st.none() | times),
            "review_meeting_at": draw(st.none() | times),
            "status": "published"
            if publications
            else draw(st.sampled_from(["draft", "in_review"])),
            "facilitator": draw(texts),
            "language": draw(st.sampled_from(["en", "de"])),
            "tags": draw(st.lists(texts, max_size=3)),
            "services": draw(st.lists(texts, max_size=3)),
            "created_at": draw(times),
            "updated_at": draw(times),
            "version": draw(st.integers(1, 10**6)),
            "facilitator_notes": draw(texts),
            "participants": [
                {"name": draw(texts), "role": draw(texts), "team": draw(texts)}
                | draw(
                    st.just({})
                    | st.builds(
                        lambda h: {"handles": h},
                        st.lists(texts, min_size=1, max_size=3, unique=True),
                    )
                )
                for _ in range(draw(st.integers(0, 3)))
            ],
            "trigger_assessment": draw(
                st.none()
                | st.fixed_dictionaries(
                    {
                        "data_loss": optional_bool,
                        "outage_minutes": st.none() | st.integers(0, 10**5),
                        "severity": st.none() | st.integers(1, 5),
                        "customers_affected": optional_bool,
                        "security_impact": optional_bool,
                        "slo_budget_burned_pct": st.none() | st.floats(0, 1000, allow_nan=False),
                        "verdict": st.none() | st.sampled_from(["mandatory", "not_required"]),
                        "reasons": st.lists(texts, max_size=3),
                        "override_verdict": st.none() | st.just("recommended"),
                        "override_reason": texts,
                    }
                )
            ),
            "imports": imports,
            "timeline": timeline,
            "why_chains": chains,
            "action_items": actions,
            "lessons": [
                {
                    "kind": draw(st.sampled_from(["went_well", "went_wrong", "lucky"])),
                    "text": draw(texts),
                    "is_internal_only": draw(st.booleans()),
                }
                for _ in range(draw(st.integers(0, 3)))
            ],
            "contributing_factors": [
                {"text": draw(texts), "is_internal_only": draw(st.booleans())}
                for _ in range(draw(st.integers(0, 2)))
            ],
            "acknowledgements": [
                {
                    "kind": draw(st.sampled_from(["lint", "redaction"])),
                    "fingerprint": f"ack-{i}",
                    "rule_id": draw(texts),
                    "location": draw(texts),
                    "excerpt": draw(texts),
                    "reason": draw(texts),
                    "created_at": draw(times),
                }
                for i in range(draw(st.integers(0, 2)))
            ],
            "publications": publications,
        },
    }


def _normalise(document: dict[str, Any]) -> dict[str, Any]:
    """Times are written back with microseconds as UTC; make the input compare alike."""
    from datetime import datetime

    def fix(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, str) and value.endswith("Z") and len(value) >= 20 and value[4] == "-":
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                return value
            return parsed.isoformat().replace("+00:00", "Z")
        return value

    return fix(copy.deepcopy(document))  # type: ignore[no-any-return]


def test_the_sample_round_trips_exactly(db: Database, sample_document: dict[str, Any]) -> None:
    with db.transaction() as session:
        _pm, created = load_postmortem(session, sample_document)
        assert created
    with db.transaction() as session:
        assert dump_postmortem(find_postmortem(session, "PM-0001")) == sample_document


def test_the_sample_matches_the_schema(sample_document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(sample_document)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents())
def test_any_post_mortem_round_trips_exactly(document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    database = open_database("sqlite://")
    try:
        with database.transaction() as session:
            load_postmortem(session, document)
        with database.transaction() as session:
            pm = find_postmortem(session, document["postmortem"]["uuid"])
            dumped = dump_postmortem(pm)
        jsonschema.Draft202012Validator(SCHEMA).validate(dumped)
        assert dumped == _normalise(document)
    finally:
        database.close()


def test_the_log_level_of_events_round_trips(db: Database, sample_document: dict[str, Any]) -> None:
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    with db.transaction() as session:
        events = find_postmortem(session, "PM-0001").timeline_events
        assert [e.level for e in events[:6]] == [
            "error",
            "critical",
            "warning",
            "info",
            "error",
            None,
        ]
        dumped = dump_postmortem(events[0].postmortem)["postmortem"]["timeline"]
        assert dumped[0]["level"] == "error"


def test_events_of_the_same_second_keep_their_order_with_a_corroboration(
    db: Database, sample_document: dict[str, Any]
) -> None:
    # Found by the round-trip property: the unit of work inserted the corroborating event
    # last, so its id (which orders events of the same second) moved it to the end.
    document = copy.deepcopy(sample_document)
    timeline = document["postmortem"]["timeline"]
    second = timeline[0]["occurred_at"]
    same_second = timeline[:4]
    for event in same_second:
        event.update(occurred_at=second, corroborates=None, key_moment=None)
    same_second[1]["corroborates"] = same_second[0]["ref"]
    for event in timeline[4:]:
        event["corroborates"] = None
    refs = [e["ref"] for e in same_second]
    with db.transaction() as session:
        load_postmortem(session, document)
    with db.transaction() as session:
        dumped = dump_postmortem(find_postmortem(session, "PM-0001"))["postmortem"]["timeline"]
    assert [e["ref"] for e in dumped[:4]] == refs
    assert dumped[1]["corroborates"] == refs[0]


def test_a_file_from_before_levels_loads_without_them(
    db: Database, sample_document: dict[str, Any]
) -> None:
    older = copy.deepcopy(sample_document)
    for event in older["postmortem"]["timeline"]:
        del event["level"]
    with db.transaction() as session:
        pm, _created = load_postmortem(session, older)
        assert all(event.level is None for event in pm.timeline_events)


def test_the_review_meeting_round_trips_in_utc(
    db: Database, sample_document: dict[str, Any]
) -> None:
    document = copy.deepcopy(sample_document)
    document["postmortem"]["review_meeting_at"] = "2026-10-16T13:30:00Z"
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    with db.transaction() as session:
        pm, _created = load_postmortem(session, document)
        assert pm.review_meeting_at == datetime(2026, 10, 16, 13, 30, tzinfo=UTC)
    with db.transaction() as session:
        assert dump_postmortem(find_postmortem(session, "PM-0001")) == document


def test_a_file_from_before_the_review_meeting_loads_without_one(
    db: Database, sample_document: dict[str, Any]
) -> None:
    older = copy.deepcopy(sample_document)
    del older["postmortem"]["review_meeting_at"]
    with db.transaction() as session:
        pm, _created = load_postmortem(session, older)
        assert pm.review_meeting_at is None
    # And loaded again over the stored post-mortem, it takes nothing away.
    with db.transaction() as session:
        find_postmortem(session, "PM-0001").review_meeting_at = datetime(
            2026, 10, 16, 13, 30, tzinfo=UTC
        )
    older["postmortem"]["title"] = "Renamed on an older pmdesk"
    with db.transaction() as session:
        pm, _created = load_postmortem(session, older)
        assert pm.title == "Renamed on an older pmdesk"
        assert pm.review_meeting_at == datetime(2026, 10, 16, 13, 30, tzinfo=UTC)


def test_a_level_pmdesk_does_not_know_is_refused(
    db: Database, sample_document: dict[str, Any]
) -> None:
    wrong = copy.deepcopy(sample_document)
    wrong["postmortem"]["timeline"][0]["level"] = "ERR"
    with db.transaction() as session, pytest.raises(UserFacingError) as refused:
        load_postmortem(session, wrong)
    assert str(refused.value).startswith('timeline[0].level: must be one of "trace", "debug"')
    assert str(refused.value).endswith(
        'or null, not "ERR". Fix the file or dump it again from pmdesk.'
    )


def test_corroborating_evidence_round_trips(db: Database, sample_document: dict[str, Any]) -> None:
    document = copy.deepcopy(sample_document)
    timeline = document["postmortem"]["timeline"]
    alert = next(e for e in timeline if e["text"].startswith("Triggered: Checkout"))
    timeline[9]["corroborates"] = alert["ref"]
    with db.transaction() as session:
        pm, _created = load_postmortem(session, document)
        session.flush()
        assert pm.timeline_events[9].corroborates is not None
        assert pm.timeline_events[9].corroborates.text == alert["text"]
    with db.transaction() as session:
        assert dump_postmortem(find_postmortem(session, "PM-0001")) == document


@pytest.mark.parametrize(
    ("corroborates", "problem"),
    [
        ("e99", "timeline[9].corroborates: refers to e99, which is not in the timeline"),
        ("e10", "timeline[9].corroborates: refers to the event itself"),
        ("e1", "timeline[9].corroborates: refers to e1, which itself corroborates e2"),
    ],
)
def test_a_corroboration_that_cannot_be_is_refused(
    db: Database, sample_document: dict[str, Any], corroborates: str, problem: str
) -> None:
    document = copy.deepcopy(sample_document)
    timeline = document["postmortem"]["timeline"]
    timeline[0]["corroborates"] = "e2"
    timeline[9]["corroborates"] = corroborates
    with db.transaction() as session, pytest.raises(UserFacingError) as refused:
        load_postmortem(session, document)
    assert str(refused.value).startswith(problem)


def test_loading_the_same_uuid_updates_it(db: Database, sample_document: dict[str, Any]) -> None:
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    changed = copy.deepcopy(sample_document)
    changed["postmortem"]["title"] = "Renamed on another laptop"
    changed["postmortem"]["timeline"] = changed["postmortem"]["timeline"][:3]
    for chain in changed["postmortem"]["why_chains"]:
        chain["evidence"] = []
        for child in chain["children"]:
            child["evidence"] = []
            for grandchild in child["children"]:
                grandchild["evidence"] = []
    with db.transaction() as session:
        pm, created = load_postmortem(session, changed)
        assert not created
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        assert pm.title == "Renamed on another laptop"
        assert len(pm.timeline_events) == 3
        assert pm.version > sample_document["postmortem"]["version"]


def test_a_clashing_key_gets_a_new_one(db: Database, sample_document: dict[str, Any]) -> None:
    with db.transaction() as session:
        create_postmortem(session, "Already PM-0001")
        pm, _created = load_postmortem(session, sample_document)
        assert pm.key == "PM-0002"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "not a pmdesk post-mortem"),
        ({"format": "other"}, "not a pmdesk post-mortem"),
        ({"format": "pmdesk.postmortem", "format_version": 99}, "newer than this pmdesk"),
        (
            {"format": "pmdesk.postmortem", "format_version": 1, "postmortem": {}},
            r"^acknowledgements: is missing\.",
        ),
        (
            {"format": "pmdesk.postmortem", "format_version": "2"},
            r'^format_version: must be 1, not "2"',
        ),
    ],
)
def test_unreadable_documents_are_clear_errors(db: Database, document: Any, message: str) -> None:
    with db.transaction() as session, pytest.raises(UserFacingError, match=message):
        load_postmortem(session, document)


def test_an_invalid_value_is_a_clear_error(db: Database, sample_document: dict[str, Any]) -> None:
    broken = copy.deepcopy(sample_document)
    broken["postmortem"]["status"] = "archived"
    with db.transaction() as session, pytest.raises(UserFacingError) as refused:
        load_postmortem(session, broken)
    assert str(refused.value) == (
        'status: must be one of "draft", "in_review" or "published", not "archived". '
        "Fix the file or dump it again from pmdesk."
    )


def test_values_python_reads_but_json_forbids_are_refused(
    db: Database, sample_document: dict[str, Any]
) -> None:
    # A document built in Python (an export snapshot) is checked like a parsed file.
    broken = copy.deepcopy(sample_document)
    broken["postmortem"]["trigger_assessment"]["slo_budget_burned_pct"] = math.nan
    with db.transaction() as session, pytest.raises(InvalidDocument) as refused:
        load_postmortem(session, broken)
    assert refused.value.location == "trigger_assessment.slo_budget_burned_pct"
    assert "not NaN" in str(refused.value)
    broken["postmortem"]["trigger_assessment"]["slo_budget_burned_pct"] = None
    broken["postmortem"]["severity"] = 2.0
    with db.transaction() as session, pytest.raises(InvalidDocument, match="whole number"):
        load_postmortem(session, broken)


def _published_sample(db: Database, document: dict[str, Any]) -> list[dict[str, Any]]:
    """Load and publish the sample; returns its publication records as dumped."""
    with db.transaction() as session:
        pm, _created = load_postmortem(session, document)
        publish(session, pm, formats=["md"], profile="internal", content_hash="a" * 64)
    with db.transaction() as session:
        records: list[dict[str, Any]] = dump_postmortem(find_postmortem(session, "PM-0001"))[
            "postmortem"
        ]["publications"]
    return records


def _stored_publications(db: Database) -> list[dict[str, Any]]:
    with db.transaction() as session:
        records: list[dict[str, Any]] = dump_postmortem(find_postmortem(session, "PM-0001"))[
            "postmortem"
        ]["publications"]
    return records


def test_a_load_never_adds_changes_or_removes_publication_records(
    db: Database, sample_document: dict[str, Any]
) -> None:
    stored = _published_sample(db, sample_document)
    forged = copy.deepcopy(sample_document)
    forged["postmortem"]["status"] = "published"
    forged["postmortem"]["publications"] = [
        {**stored[0], "gate_overrides": [{"gate": "lint", "reason": "approved by nobody"}]},
        {**stored[0], "version": 2, "content_hash": "b" * 64},
    ]
    with db.transaction() as session:
        pm, created = load_postmortem(session, forged)
        assert not created
        assert publications_not_loaded(pm, forged) == [1, 2]
    assert _stored_publications(db) == stored

    # The sample as it was before the publish: no records, still in review.
    with db.transaction() as session:
        pm, _created = load_postmortem(session, sample_document)
        assert publications_not_loaded(pm, sample_document) == []
    assert _stored_publications(db) == stored


def test_a_file_cannot_make_a_stored_post_mortem_published(
    db: Database, sample_document: dict[str, Any]
) -> None:
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    claims_published = copy.deepcopy(sample_document)
    claims_published["postmortem"]["status"] = "published"
    claims_published["postmortem"]["publications"] = [
        {
            "version": 1,
            "postmortem_version": 1,
            "formats": ["pdf"],
            "profile": "public",
            "content_hash": "c" * 64,
            "published_at": "2026-10-17T09:00:00Z",
            "gate_overrides": [],
        }
    ]
    with db.transaction() as session:
        pm, _created = load_postmortem(session, claims_published)
        assert publications_not_loaded(pm, claims_published) == [1]
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        assert pm.status is Status.IN_REVIEW
        assert pm.publications == []


def _without_change_stamps(document: dict[str, Any]) -> dict[str, Any]:
    # Loading into the database a post-mortem came from replaces its parts: a change.
    postmortem = {
        k: v for k, v in document["postmortem"].items() if k not in ("version", "updated_at")
    }
    return {**document, "postmortem": postmortem}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    document=documents(),
    publishes=st.lists(
        st.tuples(
            st.lists(st.sampled_from(FORMATS), min_size=1, unique=True),
            st.sampled_from(PROFILES),
            hashes,
            st.lists(st.fixed_dictionaries({"gate": st.just("lint"), "reason": st.just("kept")})),
        ),
        max_size=2,
    ),
)
def test_every_post_mortem_moves_to_another_database_and_back_unchanged(
    document: dict[str, Any], publishes: list[tuple[list[str], str, str, list[dict[str, str]]]]
) -> None:
    uuid = document["postmortem"]["uuid"]
    home, team = open_database("sqlite://"), open_database("sqlite://")
    try:
        with home.transaction() as session:
            pm, _created = load_postmortem(session, document)
            for formats, profile, content_hash, overrides in publishes:
                publish(
                    session,
                    pm,
                    formats=formats,
                    profile=profile,
                    content_hash=content_hash,
                    overrides=overrides,
                )
        with home.transaction() as session:
            dumped = dump_postmortem(find_postmortem(session, uuid))

        with team.transaction() as session:
            _pm, created = load_postmortem(session, dumped)
            assert created
        with team.transaction() as session:
            assert dump_postmortem(find_postmortem(session, uuid)) == dumped

        with home.transaction() as session:
            pm, created = load_postmortem(session, dumped)
            assert not created
            assert publications_not_loaded(pm, dumped) == []
        with home.transaction() as session:
            again = dump_postmortem(find_postmortem(session, uuid))
        assert _without_change_stamps(again) == _without_change_stamps(dumped)
    finally:
        home.close()
        team.close()


# Which model each object of the schema is stored as.
_STORED_AS = {
    ("postmortem",): Postmortem,
    ("postmortem", "participants"): Participant,
    ("postmortem", "trigger_assessment"): TriggerAssessment,
    ("postmortem", "imports"): ImportBatch,
    ("postmortem", "timeline"): TimelineEvent,
    ("why",): WhyNode,
    ("postmortem", "action_items"): ActionItem,
    ("postmortem", "lessons"): Lesson,
    ("postmortem", "contributing_factors"): ContributingFactor,
    ("postmortem", "acknowledgements"): LintAcknowledgement,
    ("postmortem", "publications"): Publication,
}


def _definition(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    found: dict[str, Any] = SCHEMA["$defs"][ref.removeprefix("#/$defs/")] if ref else schema
    return found


@pytest.mark.parametrize("where", list(_STORED_AS), ids=".".join)
def test_the_schema_bounds_every_string_column(where: tuple[str, ...]) -> None:
    # PostgreSQL refuses a longer value with an error, SQLite stores it: either way a
    # file must not get that far.
    schema = SCHEMA["$defs"][where[0]]
    for name in where[1:]:
        schema = schema["properties"][name]
        schema = schema.get("items", schema)
    columns = _STORED_AS[where].__table__.columns
    for name, field in schema["properties"].items():
        column = columns.get(name)
        if column is None or not isinstance(column.type, String):
            continue
        field = _definition(field)
        length = column.type.length
        if "enum" in field:
            assert all(len(choice) <= (length or 0) for choice in field["enum"] if choice), name
        elif length is None:
            assert field.get("maxLength"), name
        else:
            assert field.get("maxLength", length + 1) <= length, name


def test_the_schema_enforces_pmdesks_text_limits() -> None:
    # The UI, the importers and `pmdesk load` refuse or cut at the same lengths.
    definitions = SCHEMA["$defs"]
    assert definitions["title"]["maxLength"] == TITLE_MAX_CHARS
    assert definitions["text"]["maxLength"] == TEXT_MAX_CHARS
    assert definitions["line"]["maxLength"] == LINE_MAX_CHARS
