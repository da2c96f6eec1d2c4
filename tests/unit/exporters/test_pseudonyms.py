"""The public profile: the same person gets the same pseudonym everywhere."""

from __future__ import annotations

from typing import Any

from pmdesk.domain.pseudonyms import ExportProfile, Pseudonymiser
from pmdesk.exporters import export_markdown, render_html
from pmdesk.exporters._document import build_document
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
