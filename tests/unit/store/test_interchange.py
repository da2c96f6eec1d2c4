"""dump/load: the interchange format round-trips exactly and rejects what it cannot read."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.errors import UserFacingError
from pmdesk.resources import resource_path
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import dump_postmortem, load_postmortem
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
            "import": draw(st.none() | st.sampled_from([b["ref"] for b in imports]))
            if imports
            else None,
        }
        for i in range(n_events)
    ]
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
    return {
        "format": "pmdesk.postmortem",
        "format_version": 1,
        "postmortem": {
            "uuid": str(draw(st.uuids())),
            "key": draw(st.sampled_from(["PM-0001", "PM-0042", "INC-7"])),
            "title": draw(texts),
            "summary": draw(texts),
            "customer_impact": draw(texts),
            "severity": draw(st.none() | st.integers(1, 5)),
            "incident_start": draw(st.none() | times),
            "incident_end": draw(st.none() | times),
            "status": draw(st.sampled_from(["draft", "in_review", "published"])),
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
                    | st.builds(lambda h: {"handles": h}, st.lists(texts, min_size=1, max_size=3))
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
            "publications": [
                {
                    "version": i + 1,
                    "postmortem_version": draw(st.integers(0, 100)),
                    "formats": draw(st.lists(st.sampled_from(["pdf", "html", "md"]), max_size=3)),
                    "profile": draw(st.sampled_from(["internal", "public"])),
                    "content_hash": draw(texts),
                    "published_at": draw(times),
                    "gate_overrides": draw(
                        st.lists(
                            st.fixed_dictionaries({"gate": texts, "reason": texts}), max_size=2
                        )
                    ),
                }
                for i in range(draw(st.integers(0, 2)))
            ],
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
            "invalid or missing",
        ),
    ],
)
def test_unreadable_documents_are_clear_errors(db: Database, document: Any, message: str) -> None:
    with db.transaction() as session, pytest.raises(UserFacingError, match=message):
        load_postmortem(session, document)


def test_an_invalid_value_is_a_clear_error(db: Database, sample_document: dict[str, Any]) -> None:
    broken = copy.deepcopy(sample_document)
    broken["postmortem"]["status"] = "archived"
    with db.transaction() as session, pytest.raises(UserFacingError, match="invalid"):
        load_postmortem(session, broken)
