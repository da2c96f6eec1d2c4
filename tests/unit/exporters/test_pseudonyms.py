"""The public profile: the same person gets the same pseudonym everywhere."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pmdesk.domain.pseudonyms import ExportProfile, Pseudonymiser
from pmdesk.exporters import export_markdown, render_html
from pmdesk.exporters._document import build_document
from pmdesk.importers import ImportOptions, import_path
from pmdesk.importers.store import add_imported_events
from pmdesk.models import Participant, Postmortem

from .conftest import LoadPostmortem, add_event

NAMES = ["Priya Raman", "Mei Lin", "Jonas Becker", "Tomás Ortega", "Alex Morgan"]


def _people() -> list[Participant]:
    return [
        Participant(name="Priya Raman", role="On-call engineer", team="SRE team"),
        Participant(name="Jonas Becker", role="", team="Database team"),
        Participant(name="Ana Silva", role="On-call engineer", team="SRE team"),
        Participant(name="Tomás Ortega", role="Support lead", team="Customer support"),
    ]


def test_pseudonyms_are_role_based_and_lettered() -> None:
    p = Pseudonymiser(_people())
    assert p.pseudonyms == {
        "Priya Raman": "On-call engineer A",
        "Jonas Becker": "Database team A",
        "Ana Silva": "On-call engineer B",
        "Tomás Ortega": "Support lead A",
    }


def test_mentions_names_first_names_and_handles() -> None:
    p = Pseudonymiser(_people())
    text = (
        "Priya Raman paged @jonas.becker; Priya and Ana agreed. "
        "@tomas relayed it, cc @PRaman and @ana_silva. Becker's fix worked."
    )
    assert p.text(text) == (
        "On-call engineer A paged Database team A; On-call engineer A and On-call engineer B "
        "agreed. Support lead A relayed it, cc On-call engineer A and On-call engineer B. "
        "Database team A's fix worked."
    )


def test_authors_as_names_or_handles() -> None:
    p = Pseudonymiser(_people())
    assert p.person("Priya Raman") == "On-call engineer A"
    assert p.person("priya.raman") == "On-call engineer A"
    assert p.person("@tomas.ortega") == "Support lead A"
    assert p.person("PagerDuty") == "PagerDuty"
    assert p.person("SRE team") == "SRE team"
    assert p.person(None) is None


def test_look_alikes_stay() -> None:
    p = Pseudonymiser(_people())
    text = "Anastasia reviewed the priyaraman-style config; email ana@example.com"
    assert p.text(text) == text


def test_shared_first_names_are_not_guessed() -> None:
    p = Pseudonymiser(
        [
            Participant(name="Sam Lee", role="Engineer", team=""),
            Participant(name="Sam Park", role="Engineer", team=""),
        ]
    )
    assert p.text("Sam Lee and Sam Park; Sam said") == "Engineer A and Engineer B; Sam said"


def _public_pm(load_pm: LoadPostmortem) -> Postmortem:
    def edit(data: dict[str, Any]) -> None:
        add_event(data, "Thanks Priya, @jonas.becker is rolling it out", author="Mei Lin")
        add_event(data, "Internal: escalated to the vendor", is_internal_only=True)
        data["lessons"].append(
            {"kind": "went_wrong", "text": "Secret internal lesson", "is_internal_only": True}
        )
        data["contributing_factors"].append(
            {"text": "Internal-only factor", "is_internal_only": True}
        )
        data["action_items"][0]["owner"] = "Jonas Becker"
        data["why_chains"][0]["children"][0]["text"] += " Priya Raman noticed it first."
        data["facilitator_notes"] = "FACILITATOR-NOTE: ask Jonas"

    return load_pm(edit)


def test_public_document_is_consistent(load_pm: LoadPostmortem) -> None:
    doc = build_document(_public_pm(load_pm), ExportProfile.PUBLIC)
    events = list(doc.events)
    assert events[-1].author == "Incident commander A"
    assert events[-1].text == "Thanks On-call engineer A, Database engineer A is rolling it out"
    assert doc.actions[0].owner == "Database engineer A"
    assert doc.facilitator == "Facilitator A"
    assert "On-call engineer A noticed it first." in doc.why_chains[0].children[0].text
    assert [p.name for p in doc.participants] == [
        "On-call engineer A",
        "Incident commander A",
        "Database engineer A",
        "Support lead A",
        "Facilitator A",
    ]


def test_public_exports_leave_out_names_and_internal_items(load_pm: LoadPostmortem) -> None:
    pm = _public_pm(load_pm)
    for rendered in (
        render_html(pm, profile="public"),
        export_markdown(pm, profile=ExportProfile.PUBLIC),
    ):
        for name in [*NAMES, "Priya", "Jonas", "jonas.becker", "Tomás"]:
            assert name not in rendered, name
        assert "escalated to the vendor" not in rendered
        assert "Secret internal lesson" not in rendered
        assert "Internal-only factor" not in rendered
        assert "FACILITATOR-NOTE" not in rendered
        assert "On-call engineer A" in rendered


def test_internal_export_keeps_names_but_never_facilitator_notes(load_pm: LoadPostmortem) -> None:
    pm = _public_pm(load_pm)
    html = render_html(pm, profile="internal")
    assert "Priya Raman" in html
    assert "escalated to the vendor" in html
    assert "FACILITATOR-NOTE" not in html
    assert "FACILITATOR-NOTE" not in export_markdown(pm)


def test_public_profile_removes_redacted_text(load_pm: LoadPostmortem) -> None:
    secret = "AKIAIOSFODNN7EXAMPLE"
    pm = load_pm(lambda d: add_event(d, f"key {secret} leaked to the log; mail a@example.com"))
    public = render_html(pm, profile="public")
    assert secret not in public
    assert "a@example.com" not in public
    assert "[redacted]" in public
    # The internal version shows what the author chose to keep (the gate decides).
    assert secret in render_html(pm, profile="internal")


SLACK_EXPORT = Path(__file__).parents[2] / "data" / "imports" / "slack_export"
SLACK_NAMES = ["ana", "Ana Silva", "Ana", "ben.okafor", "Ben Okafor", "Okafor", "vera", "Vera"]


def _with_slack_import(pm: Postmortem, session: Session, *, with_participants: bool) -> None:
    result = import_path(SLACK_EXPORT, ImportOptions())
    if not with_participants:
        result.people.clear()
    add_imported_events(session, pm, result, source_label="Slack", file_name="slack_export")
    if not with_participants:
        # As before imports offered their people: the table holds only the sample's five.
        del pm.participants[5:]


def _rendered_texts(doc: object) -> list[str]:
    """Every string of the public document, wherever it sits."""
    if isinstance(doc, str):
        return [doc]
    if dataclasses.is_dataclass(doc):
        return [t for f in dataclasses.fields(doc) for t in _rendered_texts(getattr(doc, f.name))]
    if isinstance(doc, tuple | list):
        return [t for item in doc for t in _rendered_texts(item)]
    return []


def _leaks(doc: object, names: list[str]) -> list[str]:
    found = []
    for text in _rendered_texts(doc):
        for name in names:
            if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", text, re.IGNORECASE):
                found.append(f"{name!r} in {text!r}")
    return found


def test_unlisted_chat_authors_and_the_facilitator_are_pseudonymised(
    load_pm: LoadPostmortem, session: Session
) -> None:
    pm = load_pm(lambda d: d.update(facilitator="Lena Fischer"))
    _with_slack_import(pm, session, with_participants=False)
    pm.action_items[0].owner = "vera"
    pm.summary += " Lena Fischer ran the review; thanks @vera and Ben Okafor."
    doc = build_document(pm, ExportProfile.PUBLIC)
    assert _leaks(doc, [*SLACK_NAMES, "Lena", "Fischer"]) == []
    # Alex Morgan, a participant with the role, is Facilitator A.
    assert doc.facilitator == "Facilitator B"
    slack = [e for e in doc.events if e.source.startswith("slack #inc-db")]
    authors = {e.author for e in slack}
    assert authors == {"Participant A", "Participant B", "Participant C", "PagerDuty"}
    # The same unlisted person has the same pseudonym everywhere.
    vera = next(e.author for e in doc.events if "external vendor" in e.text)
    assert doc.actions[0].owner == vera
    assert f"thanks {vera}" in doc.summary
    # Groups and programs stay as they are.
    assert doc.actions[1].owner == "SRE team"
    assert {e.author for e in doc.events if e.source.startswith("journald")} == {
        "postgres",
        "patroni",
    }


def test_handles_map_chat_authors_to_participants(
    load_pm: LoadPostmortem, session: Session
) -> None:
    pm = load_pm()
    _with_slack_import(pm, session, with_participants=True)
    people = {p.name: (p.role, p.handles) for p in pm.participants[5:]}
    assert people == {
        "Ben Okafor": ("", ["ben.okafor"]),
        "Ana Silva": ("", ["ana"]),
        "Vera Vendor": ("", ["vera"]),
    }
    pm.participants[6].role = "Database engineer"  # Ana, given a role by the facilitator
    pm.lessons[0].text = "ana and ben.okafor paired on the failover; Vera confirmed."
    doc = build_document(pm, ExportProfile.PUBLIC)
    assert _leaks(doc, SLACK_NAMES) == []
    by_text = {e.text: e.author for e in doc.events}
    assert by_text["Resolved. Writing the post-mortem doc :memo:"] == "Database engineer B"
    assert (
        by_text["I'm failing over to db-02 now, Database engineer B please watch replication"]
        == "Participant A"
    )
    lessons = [text for _kind, _title, texts in doc.lessons for text in texts]
    assert (
        "Database engineer B and Participant A paired on the failover; Participant B confirmed."
        in lessons
    )


def test_a_handle_typed_for_a_participant_is_replaced_everywhere() -> None:
    lena = Participant(name="Lena Fischer", role="On-call engineer", team="", handles=["lfi"])
    p = Pseudonymiser([lena], people=["lfi", "LFI"])
    assert p.text("lfi paged @LFI; Lfi agreed") == (
        "On-call engineer A paged On-call engineer A; On-call engineer A agreed"
    )
    assert p.someone("lfi") == "On-call engineer A"
    assert p.text("the lfi-tool and lfi.example stay") == "the lfi-tool and lfi.example stay"
    assert p.text("@here @channel") == "@here @channel"
