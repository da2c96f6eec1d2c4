"""Event texts longer than pmdesk keeps are cut, said so, and never gathered whole."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pmdesk.domain.limits import TEXT_MAX_CHARS
from pmdesk.importers import ImportResult

Run = Callable[..., ImportResult]

# Far more than an import should hold for one event; what it holds is well under it.
LONG_BYTES = 16 * 1024 * 1024
MEMORY_BOUND = 6 * 1024 * 1024
LINE = "at com.example.checkout.PaymentService.charge(PaymentService.java:118) " * 12 + "\n"
CUT_WARNING = "1 event texts were longer than 200,000 characters; they were cut there"


def _peak_memory(run: Callable[[], ImportResult]) -> tuple[ImportResult, int]:
    tracemalloc.start()
    try:
        result = run()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _assert_cut(result: ImportResult) -> None:
    text = result.events[0].text
    assert len(text) == TEXT_MAX_CHARS
    assert text.endswith(" […]")
    assert any(CUT_WARNING in warning for warning in result.warnings), result.warnings


def test_a_long_json_message_is_cut_with_a_note(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "app.jsonl"
    records = [
        {"time": "2023-06-14T14:05:02Z", "level": "error", "msg": "x" * 300_000},
        {"time": "2023-06-14T14:05:03Z", "level": "info", "msg": "recovered"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run_import(path, format="jsonl")
    _assert_cut(result)
    assert result.events[1].text == "recovered"


def test_a_note_followed_by_megabytes_of_text_is_not_gathered_whole(
    run_import: Run, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    with path.open("w", encoding="utf-8") as stream:
        stream.write("09:58 Ana: the stack trace from checkout\n")
        stream.write(LINE * (LONG_BYTES // len(LINE)))
        stream.write("10:02 Ben: failover started\n")
    result, peak = _peak_memory(
        lambda: run_import(path, format="notes", tz="UTC", date=date(2023, 6, 14))
    )
    _assert_cut(result)
    assert result.events[0].text.startswith("the stack trace from checkout\nat com.")
    assert result.events[1].text == "failover started"
    assert peak < MEMORY_BOUND


def test_megabytes_of_partial_container_lines_are_not_gathered_whole(
    run_import: Run, tmp_path: Path
) -> None:
    path = tmp_path / "pod.log"
    partial = "2023-06-14T14:05:02.118204123Z stdout P " + "y" * 4000 + "\n"
    with path.open("w", encoding="utf-8") as stream:
        stream.write(partial * (LONG_BYTES // len(partial)))
        stream.write("2023-06-14T14:05:02.118204999Z stdout F the end\n")
    result, peak = _peak_memory(lambda: run_import(path, format="jsonl"))
    _assert_cut(result)
    assert peak < MEMORY_BOUND
