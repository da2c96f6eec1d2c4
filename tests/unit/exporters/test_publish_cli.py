"""Publication records, and `pmdesk export` / `pmdesk check` run headless."""

from __future__ import annotations

import argparse
import copy
import io
import json
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from sqlalchemy.orm import Session

from pmdesk.errors import UserFacingError
from pmdesk.exporters.cli import (
    configure_check_parser,
    configure_export_parser,
    run_check,
    run_export,
)
from pmdesk.exporters.html import content_hash
from pmdesk.models import Postmortem, Status
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.publications import list_publications, publish
from pmdesk.store.queries import find_postmortem

HASH = content_hash("<html>")


def test_publish_numbers_versions_and_marks_published(
    session: Session, sample_pm: Postmortem
) -> None:
    first = publish(session, sample_pm, formats=["pdf"], profile="internal", content_hash=HASH)
    second = publish(
        session,
        sample_pm,
        formats=["md", "pdf", "md"],
        profile="public",
        content_hash=HASH,
        overrides=[{"gate": "redaction", "reason": " Known test data "}],
    )
    assert (first.version, second.version) == (1, 2)
    assert second.formats == ["md", "pdf"]
    assert second.gate_overrides == [{"gate": "redaction", "reason": "Known test data"}]
    assert sample_pm.status is Status.PUBLISHED
    assert [p.version for p in list_publications(session, sample_pm)] == [1, 2]
    with pytest.raises(AttributeError, match="cannot be changed"):
        first.profile = "public"


def test_publish_refuses_bad_input(session: Session, sample_pm: Postmortem) -> None:
    with pytest.raises(UserFacingError, match="only with a reason"):
        publish(
            session,
            sample_pm,
            formats=["pdf"],
            profile="internal",
            content_hash=HASH,
            overrides=[{"gate": "redaction", "reason": "  "}],
        )
    with pytest.raises(UserFacingError, match="Unknown export format"):
        publish(session, sample_pm, formats=["docx"], profile="internal", content_hash=HASH)
    with pytest.raises(UserFacingError, match="profile"):
        publish(session, sample_pm, formats=["pdf"], profile="secret", content_hash=HASH)
    assert sample_pm.publications == []


@pytest.fixture
def file_db(tmp_path: Path, sample_document: dict[str, Any]) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'pm.sqlite'}")
    with db.transaction() as s:
        load_postmortem(s, copy.deepcopy(sample_document))
    try:
        yield db
    finally:
        db.close()


def _parse(configure: Any, argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    configure(parser)
    return parser.parse_args(argv)


def _export(db: Database, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_export(_parse(configure_export_parser, argv), db, out, err)
    return code, out.getvalue(), err.getvalue()


def test_check_json(file_db: Database) -> None:
    out = io.StringIO()
    code = run_check(_parse(configure_check_parser, ["PM-0001", "--json"]), file_db, out, out)
    data = json.loads(out.getvalue())
    assert code == 0
    assert data["passed"] is True
    assert [g["id"] for g in data["gates"]] == [
        "blameless_language",
        "root_causes_have_actions",
        "redaction",
        "required_parts",
        "no_names_in_public",
        "consistent_times",
    ]


def test_public_export_is_refused_while_a_name_would_show(
    file_db: Database, tmp_path: Path
) -> None:
    with file_db.transaction() as s:
        # Lower case, as people write in chat: not replaced, so the gate stops it.
        find_postmortem(s, "PM-0001").summary += " thanks to priya for the quick page."
    dest = tmp_path / "out.md"
    code, _out, err = _export(file_db, ["PM-0001", "-f", "md", "-o", str(dest)])
    assert code == 0  # the internal version names people
    public = ["PM-0001", "-f", "md", "-o", str(dest), "--profile", "public"]
    code, _out, err = _export(file_db, public)
    assert code == 1
    assert "No names in the public version (1)" in err
    assert "“priya” would name a person in the public version" in err
    out = io.StringIO()
    args = _parse(configure_check_parser, ["PM-0001", "--profile", "public"])
    assert run_check(args, file_db, out, out) == 1


def test_export_into_a_pipe_writes_through_it_and_leaves_it_a_pipe(
    file_db: Database, tmp_path: Path
) -> None:
    # As `-o /dev/stdout` or `-o /dev/null`: renaming over such a file would replace the
    # device (as root, /dev/null itself) with a plain file.
    pipe = tmp_path / "report.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    code, _out, err = _export(file_db, ["PM-0001", "--format", "md", "-o", str(pipe)])
    reader.join(timeout=30)
    assert (code, err) == (0, "")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert b"PM-0001" in received[0]
    # Nothing staged is left beside it.
    assert [p.name for p in tmp_path.iterdir() if "report" in p.name] == ["report.pipe"]


@pytest.mark.parametrize("fmt", ["md", "html", "actions-csv"])
def test_export_writes_and_records(file_db: Database, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / f"out.{fmt}"
    code, out, err = _export(file_db, ["PM-0001", "--format", fmt, "-o", str(dest), "--json"])
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["version"] == 1
    assert dest.exists()
    with file_db.transaction() as s:
        pm = find_postmortem(s, "PM-0001")
        (publication,) = pm.publications
        assert publication.formats == [fmt]
        assert publication.content_hash == result["content_hash"]
        assert pm.status is Status.PUBLISHED
    assert not list(tmp_path.glob("*.partial"))


def test_a_published_report_says_published(file_db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "out.md"
    code, _out, err = _export(file_db, ["PM-0001", "-f", "md", "-o", str(dest)])
    assert code == 0, err
    text = dest.read_text(encoding="utf-8")
    # The sample is "In review" until this very export publishes it.
    assert "\nstatus: Published\n" in text
    assert "Status: Published · Version 1" in text


def test_export_refuses_failing_gates_then_overrides(file_db: Database, tmp_path: Path) -> None:
    with file_db.transaction() as s:
        find_postmortem(s, "PM-0001").summary = ""
    dest = tmp_path / "out.md"
    code, _out, err = _export(file_db, ["PM-0001", "--format", "md", "-o", str(dest)])
    assert code == 1
    assert "Required parts are present" in err
    assert "The summary is empty." in err
    assert not dest.exists()

    with pytest.raises(UserFacingError, match="only with a reason"):
        _export(file_db, ["PM-0001", "-f", "md", "-o", str(dest), "--override-gates", " "])

    code, out, err = _export(
        file_db,
        ["PM-0001", "-f", "md", "-o", str(dest), "--override-gates", "Draft for the review"],
    )
    assert code == 0, err
    assert "1 gate(s) overridden" in out
    with file_db.transaction() as s:
        (publication,) = find_postmortem(s, "PM-0001").publications
        assert publication.gate_overrides == [
            {"gate": "required_parts", "reason": "Draft for the review"}
        ]


def test_public_export_records_profile(file_db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "public.md"
    code, _out, err = _export(
        file_db, ["PM-0001", "-f", "md", "-o", str(dest), "--profile", "public"]
    )
    assert code == 0, err
    assert "Priya" not in dest.read_text(encoding="utf-8")
    with file_db.transaction() as s:
        assert find_postmortem(s, "PM-0001").publications[0].profile == "public"


def test_export_pdf(file_db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "report.pdf"
    code, _out, err = _export(
        file_db, ["PM-0001", "-f", "pdf", "-o", str(dest), "--organisation", "Northwind"]
    )
    assert code == 0, err
    assert dest.read_bytes().startswith(b"%PDF-")


def test_export_to_a_folder_is_refused(file_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="is a folder"):
        _export(file_db, ["PM-0001", "-f", "md", "-o", str(tmp_path)])


def test_export_the_archive_copy(file_db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "archive.pdf"
    code, _out, err = _export(file_db, ["PM-0001", "-f", "pdf", "-o", str(dest), "--archive"])
    assert code == 0, err
    with pikepdf.open(dest) as pdf:
        with pdf.open_metadata(update_docinfo=False) as xmp:
            assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("3", "B")
        [name] = pdf.attachments
        assert json.loads(pdf.attachments[name].get_file().read_bytes())["postmortem"]["key"] == (
            "PM-0001"
        )


def test_only_a_pdf_can_be_the_archive_copy(file_db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "report.md"
    with pytest.raises(UserFacingError, match="Only a PDF can be the archive copy"):
        _export(file_db, ["PM-0001", "-f", "md", "-o", str(dest), "--archive"])
    assert not dest.exists()


def test_export_in_another_language(file_db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "report.md"
    code, _out, err = _export(file_db, ["PM-0001", "-f", "md", "-o", str(dest), "--language", "de"])
    assert code == 0, err
    assert "\n## Zeitleiste\n" in dest.read_text(encoding="utf-8")
