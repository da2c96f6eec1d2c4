"""PDFs are tagged PDF/UA-1 with the report's real metadata; the archive copy is
PDF/A-3b and carries the post-mortem as interchange JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.errors import UserFacingError
from pmdesk.exporters import ExportOptions, render_export
from pmdesk.exporters.pdf import SafeUrlPolicy, render_pdf_bytes
from pmdesk.store import open_database
from pmdesk.store.interchange import dump_postmortem, load_postmortem

from .conftest import FIXED_TIME, LoadPostmortem


def _german_with_notes(data: dict[str, Any]) -> None:
    data["language"] = "de"
    data["facilitator_notes"] = "PRIVATE-NOTE: ask Jonas about the runbook"
    data["participants"].append({"name": "Kim Weber", "role": "Mitautorin", "team": "SRE"})


def _open(pdf: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(pdf))


def test_a_pdf_is_tagged_pdf_ua_with_the_real_metadata(load_pm: LoadPostmortem) -> None:
    pm = load_pm(_german_with_notes)
    result = render_export(pm, "pdf", ExportOptions(generated_at=FIXED_TIME))
    with _open(result.data) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in root
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert str(root.Lang) == "de"
        info = pdf.docinfo
        assert str(info.Title) == f"{pm.key} · {pm.title}"
        # The facilitator and the co-author: who wrote the review.
        assert str(info.Author) == "Alex Morgan, Kim Weber"
        assert str(info.Subject).startswith("On 14 October 2026 the primary checkout database")
        assert str(info.Keywords) == ", ".join([*pm.tags, *pm.services])
        assert len(pdf.attachments) == 0
        with pdf.open_metadata(update_docinfo=False) as xmp:
            assert xmp["pdfuaid:part"] == "1"
            assert "pdfaid:part" not in xmp
            assert xmp["dc:creator"] == ["Alex Morgan", "Kim Weber"]


def test_the_archive_copy_is_pdf_a_3b_with_the_postmortem_inside(
    load_pm: LoadPostmortem,
) -> None:
    pm = load_pm(_german_with_notes)
    options = ExportOptions(generated_at=FIXED_TIME, archive=True)
    result = render_export(pm, "pdf", options)
    with _open(result.data) as pdf:
        with pdf.open_metadata() as xmp:
            assert xmp["pdfaid:part"] == "3"
            assert xmp["pdfaid:conformance"] == "B"
        assert "/OutputIntents" in pdf.Root
        # Still tagged: the archive copy is as accessible as the everyday PDF.
        assert pdf.Root.MarkInfo.Marked is True
        assert list(pdf.attachments) == ["PM-0001.pmdesk.json"]
        spec = pdf.attachments["PM-0001.pmdesk.json"]
        assert spec.obj.AFRelationship == pikepdf.Name.Data
        assert pdf.Root.AF[0].objgen == spec.obj.objgen
        embedded = spec.get_file()
        assert embedded.mime_type == "application/json"
        data = embedded.read_bytes()
    assert b"PRIVATE-NOTE" not in data
    archived = json.loads(data)
    expected = dump_postmortem(pm)
    expected["postmortem"]["facilitator_notes"] = ""
    assert archived == expected

    # It loads back as the same post-mortem.
    other = open_database("sqlite://")
    try:
        with other.transaction() as session:
            reloaded, created = load_postmortem(session, archived)
            assert created
            assert dump_postmortem(reloaded) == expected
    finally:
        other.close()


def test_the_public_version_has_no_archive_copy(load_pm: LoadPostmortem) -> None:
    options = ExportOptions(generated_at=FIXED_TIME, archive=True, profile=ExportProfile.PUBLIC)
    with pytest.raises(UserFacingError, match="only the internal version can be archived"):
        render_export(load_pm(), "pdf", options)


def test_the_document_cannot_attach_files_itself(tmp_path: Path) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text('{"token": "TOP-SECRET"}', encoding="utf-8")
    html = (
        f'<html><head><link rel="attachment" href="{secret.as_uri()}"></head>'
        f'<body><p>Report</p><a rel="attachment" href="{secret.as_uri()}">data</a></body></html>'
    )
    policy = SafeUrlPolicy()
    pdf = render_pdf_bytes(html, policy=policy)
    assert b"TOP-SECRET" not in pdf
    with _open(pdf) as opened:
        assert len(opened.attachments) == 0
    assert secret.as_uri() in policy.refused
