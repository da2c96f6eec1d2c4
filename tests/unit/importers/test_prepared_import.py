"""The window's import, without a window: read off the UI thread, add as one edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmdesk.importers import ImportCancelledError, ImportOptions, ZoneRequiredError
from pmdesk.importers.store import import_edit, prepare_import, remove_import_edit
from pmdesk.models import Postmortem

from .conftest import DATA

NAMES = {"pagerduty": "PagerDuty log entries"}


def test_prepare_import_reads_the_file_into_unattached_events() -> None:
    prepared = prepare_import(
        DATA / "pagerduty_log_entries.json", ImportOptions(), frozenset(), format_names=NAMES
    )
    assert prepared.events
    assert prepared.batch.source_label == "PagerDuty log entries"
    assert prepared.batch.event_count == len(prepared.events)
    assert prepared.already_present == 0
    assert all(event.postmortem is None for event in prepared.events)
    assert all(event.import_batch is prepared.batch for event in prepared.events)


def test_prepare_import_leaves_out_what_the_timeline_holds() -> None:
    path = DATA / "pagerduty_log_entries.json"
    first = prepare_import(path, ImportOptions(), frozenset(), format_names={})
    held = frozenset(event.fingerprint for event in first.events[:2])
    again = prepare_import(path, ImportOptions(), held, format_names={})
    assert again.already_present == 2
    assert len(again.events) == len(first.events) - 2
    # Without a name for the format, the batch is labelled with the format itself.
    assert again.batch.source_label == "pagerduty"


def test_prepare_import_raises_the_zone_error_by_its_type(tmp_path: Path) -> None:
    path = tmp_path / "classic.log"
    path.write_text(
        "Jun 14 16:05:02 db-01 app: one\nJun 14 16:05:03 db-01 app: two\n", encoding="utf-8"
    )
    with pytest.raises(ZoneRequiredError):
        prepare_import(path, ImportOptions(reference_year=2024), frozenset(), format_names={})


def test_prepare_import_stops_when_cancelled() -> None:
    with pytest.raises(ImportCancelledError):
        prepare_import(
            DATA / "pagerduty_log_entries.json",
            ImportOptions(),
            frozenset(),
            format_names={},
            cancelled=lambda: True,
        )


def test_import_edit_adds_the_batch_as_one_step_and_its_inverse_removes_it() -> None:
    pm = Postmortem(key="PM-1", title="Failover")
    prepared = prepare_import(
        DATA / "pagerduty_log_entries.json", ImportOptions(), frozenset(), format_names=NAMES
    )
    inverse = import_edit(pm, prepared).apply()
    assert len(pm.timeline_events) == len(prepared.events)
    assert pm.import_batches == [prepared.batch]
    times = [event.occurred_at for event in pm.timeline_events]
    assert times == sorted(times)
    inverse.apply()
    assert pm.timeline_events == []
    assert pm.import_batches == []


def test_import_edit_never_adds_a_fingerprint_the_timeline_gained_since_the_read() -> None:
    pm = Postmortem(key="PM-1", title="Failover")
    path = DATA / "pagerduty_log_entries.json"
    earlier = prepare_import(path, ImportOptions(), frozenset(), format_names={})
    late = prepare_import(path, ImportOptions(), frozenset(), format_names={})
    import_edit(pm, earlier).apply()
    count = len(pm.timeline_events)
    import_edit(pm, late).apply()
    assert len(pm.timeline_events) == count
    assert late.events == []
    assert late.batch.event_count == 0


def test_remove_import_edit_takes_the_batch_and_its_events_and_undo_restores_them() -> None:
    pm = Postmortem(key="PM-1", title="Failover")
    prepared = prepare_import(
        DATA / "pagerduty_log_entries.json", ImportOptions(), frozenset(), format_names={}
    )
    import_edit(pm, prepared).apply()
    events = list(pm.timeline_events)
    inverse = remove_import_edit(pm, prepared.batch).apply()
    assert pm.timeline_events == []
    assert pm.import_batches == []
    inverse.apply()
    assert pm.timeline_events == events
    assert pm.import_batches == [prepared.batch]
