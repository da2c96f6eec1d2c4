"""The Incident & participants page and the Trigger check page, driven like a user would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QTableView, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pmdesk.domain.edits import SetValue
from pmdesk.domain.location import Location
from pmdesk.domain.trigger import TriggerPolicy
from pmdesk.models import KeyMoment, Postmortem, Status, TimelineEvent, Verdict
from pmdesk.store import Database
from pmdesk.store.queries import create_postmortem
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.timeline_step import TimelineStep
from pmdesk.ui.steps.trigger_step import TriggerStep, verdict_colors
from pmdesk.ui.widgets.fields import split_list


@pytest.fixture
def blank_document(db: Database) -> Iterator[PostmortemDocument]:
    with db.transaction() as session:
        postmortem = create_postmortem(session, "Blank")
        # As from an older pmdesk or an import: the page creates the assessment itself.
        postmortem.trigger_assessment = None
        postmortem_id = postmortem.id
    doc = PostmortemDocument(db, postmortem_id)
    yield doc
    doc.close()


@pytest.fixture
def incident(qtbot: QtBot, document: PostmortemDocument) -> IncidentStep:
    page = IncidentStep(document)
    qtbot.addWidget(page)
    page.show()
    return page


def stored(db: Database, postmortem_id: int) -> Postmortem:
    """The post-mortem as it is in the database now (a fresh session)."""
    with db.sessions() as session:
        postmortem = session.get(Postmortem, postmortem_id)
        assert postmortem is not None
        # Touch what the assertions read while the session is open.
        _ = (postmortem.participants, postmortem.trigger_assessment)
        session.expunge_all()
        return postmortem


# -- Incident & participants ---------------------------------------------------------------


def test_typing_in_fields_is_stored(
    incident: IncidentStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    incident.title_edit.selectAll()
    qtbot.keyClicks(incident.title_edit, "Checkout errors after failover")
    incident.summary_edit.selectAll()
    qtbot.keyClicks(incident.summary_edit, "Half of checkout failed.")
    incident.tags_edit.selectAll()
    qtbot.keyClicks(incident.tags_edit, "db, failover, ")
    incident.severity_combo.setCurrentIndex(1)
    incident.start_edit.set_moment(datetime(2026, 10, 14, 9, 0, tzinfo=UTC))

    def saved() -> None:
        pm = stored(db, document.postmortem.id)
        assert pm.title == "Checkout errors after failover"
        assert pm.summary == "Half of checkout failed."
        assert pm.tags == ["db", "failover"]
        assert pm.severity == 1
        assert pm.incident_start == datetime(2026, 10, 14, 9, 0, tzinfo=UTC)

    qtbot.waitUntil(saved, timeout=3000)
    # The half-typed list is left as typed, not rewritten under the cursor.
    assert incident.tags_edit.text() == "db, failover, "
    assert "Duration: 1 h 16 min" in incident.duration_label.text()


def test_status_moves_between_draft_and_review_but_only_publishing_publishes(
    incident: IncidentStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    combo = incident.status_combo
    assert combo.currentText() == "In review"  # the sample's status
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    # "Published" is listed but cannot be chosen: publishing sets it.
    assert combo.currentText() == "In review"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "Draft"
    assert document.postmortem.status is Status.DRAFT
    qtbot.waitUntil(lambda: stored(db, document.postmortem.id).status is Status.DRAFT, timeout=3000)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: stored(db, document.postmortem.id).status is Status.IN_REVIEW, timeout=3000
    )


def test_a_published_post_mortem_can_go_back_to_review(
    qtbot: QtBot, db: Database, sample_id: int
) -> None:
    with db.transaction() as session:
        postmortem = session.get(Postmortem, sample_id)
        assert postmortem is not None
        postmortem.status = Status.PUBLISHED
    document = PostmortemDocument(db, sample_id)
    page = IncidentStep(document)
    qtbot.addWidget(page)
    page.show()
    assert page.status_combo.currentText() == "Published"
    page.status_combo.setFocus()
    qtbot.keyClick(page.status_combo, Qt.Key.Key_Up)
    assert page.status_combo.currentText() == "In review"
    document.save()
    assert stored(db, sample_id).status is Status.IN_REVIEW
    document.session.close()


def test_undo_restores_a_field_and_keeps_typing_in_one_step(
    incident: IncidentStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    original = document.postmortem.customer_impact
    incident.impact_edit.moveCursor(incident.impact_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(incident.impact_edit, " More.")
    assert document.postmortem.customer_impact == original + " More."
    assert document.undo_stack.count() == 1  # six keystrokes, one undo step
    document.undo_stack.undo()
    assert document.postmortem.customer_impact == original
    assert incident.impact_edit.toPlainText() == original
    qtbot.waitUntil(
        lambda: stored(db, document.postmortem.id).customer_impact == original, timeout=3000
    )


def test_refresh_keeps_the_cursor_when_the_text_is_unchanged(incident: IncidentStep) -> None:
    cursor = incident.summary_edit.textCursor()
    cursor.setPosition(10)
    incident.summary_edit.setTextCursor(cursor)
    incident.summary_edit.refresh()
    assert incident.summary_edit.textCursor().position() == 10


def test_clearing_the_end_stores_none(qtbot: QtBot, db: Database, sample_id: int) -> None:
    with db.transaction() as session:
        # Not resolved on the timeline yet: the end typed in the Incident step counts.
        resolved = session.scalars(
            select(TimelineEvent).where(TimelineEvent.key_moment == KeyMoment.RESOLVED)
        ).one()
        resolved.key_moment = None
    document = PostmortemDocument(db, sample_id)
    incident = IncidentStep(document)
    qtbot.addWidget(incident)
    incident.show()
    assert incident.end_edit.isVisible()
    qtbot.mouseClick(incident.end_edit.clear_button, Qt.MouseButton.LeftButton)
    assert document.postmortem.incident_end is None
    assert incident.end_edit.editor.text() == ""
    assert incident.end_edit.editor.placeholderText() == "Not set"
    assert "set the start and the end" in incident.duration_label.text()
    document.undo_stack.undo()
    assert document.postmortem.incident_end is not None
    document.close()


def test_the_resolved_key_moment_is_the_incident_end(
    qtbot: QtBot, document: PostmortemDocument
) -> None:
    # Both pages in one window, as the post-mortem window holds them.
    window = QWidget()
    qtbot.addWidget(window)
    incident, timeline = IncidentStep(document, window), TimelineStep(document, window)
    layout = QHBoxLayout(window)
    layout.addWidget(incident)
    layout.addWidget(timeline)
    window.resize(1600, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    # The sample's typed end and its Resolved moment agree; the moment is what counts.
    assert not incident.end_edit.isVisible()
    assert incident.resolved_end_label.text() == (
        "2026-10-14 10:16:04 UTC — the “Resolved” key moment"
    )
    resolved = next(
        e for e in document.postmortem.timeline_events if e.key_moment is KeyMoment.RESOLVED
    )
    with qtbot.waitSignal(incident.jump_requested, timeout=0) as jumped:
        qtbot.mouseClick(incident.show_resolved_button, Qt.MouseButton.LeftButton)
    assert jumped.args == [Location.parse(f"event:{resolved.id}")]

    # Marking another event "Resolved" on the timeline moves the end with it.
    row = next(
        r
        for r in range(timeline.model.rowCount())
        if timeline.model.event_at(r).text.startswith("Error rate is back to baseline")
    )
    timeline.table.selectRow(row)
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert incident.resolved_end_label.text().startswith("2026-10-14 10:01:12 UTC")
    assert incident.duration_label.text() == "Duration: 58 min"
    # Unmarked, the end typed in the Incident step stands in again.
    qtbot.keyClick(timeline.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert incident.end_edit.isVisible()
    assert incident.end_edit.editor.text() == "2026-10-14 10:16:04"
    assert document.postmortem.incident_end == datetime(2026, 10, 14, 10, 16, 4, tzinfo=UTC)


def test_participants_add_edit_remove_and_undo(
    incident: IncidentStep,
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    qtmodeltester: Any,
) -> None:
    model = incident.participant_model
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    incident.participant_table.setCurrentIndex(model.index(4, 0))
    qtbot.mouseClick(incident.add_participant_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 6
    # The new row's name is being edited: type it like a user.
    editor = incident.participant_table.indexWidget(model.index(5, 0))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Sam Lee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: model.index(5, 0).data() == "Sam Lee")
    model.setData(model.index(5, 1), "Scribe")
    model.setData(model.index(5, 2), "SRE team")

    def saved() -> None:
        people = stored(db, document.postmortem.id).participants
        assert [(p.name, p.role, p.team) for p in people][-1] == ("Sam Lee", "Scribe", "SRE team")

    qtbot.waitUntil(saved, timeout=3000)

    incident.participant_table.setCurrentIndex(model.index(0, 0))
    incident.participant_table.setFocus()
    qtbot.mouseClick(incident.remove_participant_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 5
    assert model.index(0, 0).data() == "Mei Lin"
    qtbot.waitUntil(lambda: len(stored(db, document.postmortem.id).participants) == 5)
    document.undo_stack.undo()  # the removal
    assert model.index(0, 0).data() == "Priya Raman"
    qtbot.waitUntil(lambda: len(stored(db, document.postmortem.id).participants) == 6)
    qtmodeltester.check(model)


def test_insert_key_adds_a_participant(incident: IncidentStep, qtbot: QtBot) -> None:
    incident.participant_table.setFocus()
    incident.participant_table.setCurrentIndex(incident.participant_model.index(0, 0))
    qtbot.keyClick(incident.participant_table, Qt.Key.Key_Insert)
    assert incident.participant_model.rowCount() == 6
    assert incident.participant_table.currentIndex().row() == 1


def test_presenter_mode_hides_facilitator_notes(incident: IncidentStep) -> None:
    assert incident.notes_edit.isVisible()
    assert "Private" in incident.notes_privacy_label.text()
    assert incident.focus_location(Location.parse("field:facilitator_notes"))
    incident.set_presenter_mode(True)
    assert not incident.notes_edit.isVisible()
    assert not incident.focus_location(Location.parse("field:facilitator_notes"))
    incident.set_presenter_mode(False)
    assert incident.notes_edit.isVisible()


def test_the_page_names_the_fields_the_window_lints(incident: IncidentStep) -> None:
    lintable = {(str(e.location), e.section): e.editor for e in incident.lintable_editors()}
    assert lintable == {
        ("field:title", "title"): incident.title_edit,
        ("field:summary", "summary"): incident.summary_edit,
        ("field:customer_impact", "summary"): incident.impact_edit,
        ("field:facilitator_notes", "prose"): incident.notes_edit,
    }
    for editor in lintable.values():
        assert editor.accessibleName()


def test_focus_location_selects_the_field(incident: IncidentStep) -> None:
    incident.activateWindow()
    assert incident.focus_location(Location.parse("field:summary"))
    assert incident.summary_edit.hasFocus()
    assert not incident.focus_location(Location.parse("why:3"))


def test_split_list() -> None:
    assert split_list(" a, b ,, a,c ") == ["a", "b", "c"]


# -- Trigger check ---------------------------------------------------------------------------


@pytest.fixture
def trigger(qtbot: QtBot, blank_document: PostmortemDocument) -> TriggerStep:
    page = TriggerStep(blank_document, TriggerPolicy())
    qtbot.addWidget(page)
    page.show()
    return page


def test_no_verdict_until_answered(trigger: TriggerStep) -> None:
    assert trigger.banner.title_label.text() == "No verdict yet"
    assert trigger.document.postmortem.trigger_assessment is None


def test_outage_answer_gives_a_live_mandatory_verdict(
    trigger: TriggerStep, qtbot: QtBot, db: Database
) -> None:
    document = trigger.document
    trigger.outage_spin.setFocus()
    trigger.outage_spin.lineEdit().selectAll()
    qtbot.keyClicks(trigger.outage_spin, "90")
    assert trigger.banner.title_label.text() == "Post-mortem: Mandatory"
    assert "The outage lasted 90 minutes" in trigger.banner.reasons_label.text()
    assert trigger.banner.verdict is Verdict.MANDATORY

    def saved() -> None:
        assessment = stored(db, document.postmortem.id).trigger_assessment
        assert assessment is not None
        assert assessment.outage_minutes == 90
        assert assessment.verdict is Verdict.MANDATORY
        assert assessment.reasons == [
            "The outage lasted 90 minutes, longer than the 60-minute threshold."
        ]

    qtbot.waitUntil(saved, timeout=3000)


def test_answers_combine_and_undo_restores_the_verdict(
    trigger: TriggerStep, qtbot: QtBot, db: Database
) -> None:
    document = trigger.document
    trigger.customers_combo.select_value(True)
    assert trigger.banner.title_label.text() == "Post-mortem: Recommended"
    assert "Customers were affected." in trigger.banner.reasons_label.text()
    trigger.data_loss_combo.select_value(True)
    assert trigger.banner.title_label.text() == "Post-mortem: Mandatory"
    reasons = trigger.banner.reasons_label.text().splitlines()
    assert [r.lstrip("• ").strip() for r in reasons] == [
        "Data was lost.",
        "Customers were affected.",
    ]
    document.undo_stack.undo()
    assert trigger.banner.title_label.text() == "Post-mortem: Recommended"
    assert trigger.data_loss_combo.current_value() is None
    # Undo the first answer: the assessment it created goes away, and comes back on redo.
    document.undo_stack.undo()
    assert document.postmortem.trigger_assessment is None
    assert trigger.banner.title_label.text() == "No verdict yet"
    qtbot.waitUntil(lambda: stored(db, document.postmortem.id).trigger_assessment is None)
    document.undo_stack.redo()
    assert trigger.customers_combo.current_value() is True

    def saved() -> None:
        assessment = stored(db, document.postmortem.id).trigger_assessment
        assert assessment is not None
        assert assessment.customers_affected is True
        assert assessment.verdict is Verdict.RECOMMENDED

    qtbot.waitUntil(saved, timeout=3000)


def test_override_needs_a_reason(trigger: TriggerStep, qtbot: QtBot, db: Database) -> None:
    document = trigger.document
    trigger.customers_combo.select_value(True)
    trigger.override_combo.setCurrentIndex(trigger.override_values.index(Verdict.MANDATORY))
    # Without a reason nothing is stored, and the page says why beside the field.
    assessment = document.postmortem.trigger_assessment
    assert assessment is not None
    assert assessment.override_verdict is None
    assert trigger.override_problem_label.isVisible()
    assert "needs a reason" in trigger.override_problem_label.text()
    assert trigger.banner.title_label.text() == "Post-mortem: Recommended"

    trigger.override_reason_edit.setFocus()
    qtbot.keyClicks(trigger.override_reason_edit, "Third failover incident this quarter.")
    assert assessment.override_verdict is Verdict.MANDATORY
    assert not trigger.override_problem_label.isVisible()
    assert trigger.banner.title_label.text() == "Post-mortem: Mandatory (overridden)"
    assert "Third failover incident" in trigger.banner.reasons_label.text()

    def saved() -> None:
        stored_assessment = stored(db, document.postmortem.id).trigger_assessment
        assert stored_assessment is not None
        assert stored_assessment.override_verdict is Verdict.MANDATORY
        assert stored_assessment.override_reason == "Third failover incident this quarter."
        assert stored_assessment.effective_verdict is Verdict.MANDATORY

    qtbot.waitUntil(saved, timeout=3000)

    # Deleting the reason withdraws the stored override; the choice stays, unsaved.
    trigger.override_reason_edit.selectAll()
    qtbot.keyClick(trigger.override_reason_edit, Qt.Key.Key_Delete)
    assert assessment.override_verdict is None
    assert trigger.override_combo.currentText() == "Mandatory"
    assert trigger.override_problem_label.isVisible()

    trigger.override_combo.setCurrentIndex(0)
    assert not trigger.override_problem_label.isVisible()


def test_focus_location_reaches_the_override_reason(trigger: TriggerStep) -> None:
    trigger.activateWindow()
    assert trigger.focus_location(Location.parse("field:override_reason"))
    assert trigger.override_reason_edit.hasFocus()
    assert not trigger.focus_location(Location.parse("field:summary"))


def test_sample_shows_its_stored_verdict(qtbot: QtBot, document: PostmortemDocument) -> None:
    page = TriggerStep(document, TriggerPolicy())
    qtbot.addWidget(page)
    assert page.banner.title_label.text() == "Post-mortem: Mandatory"
    assert "72 % of the SLO error budget" in page.banner.reasons_label.text()
    assert page.outage_spin.value() == 65
    assert not page.stale_row.isVisibleTo(page)  # the stored verdict is today's


def test_participants_reorder_with_the_keyboard(
    incident: IncidentStep, qtbot: QtBot, document: PostmortemDocument
) -> None:
    model = incident.participant_model
    incident.participant_table.setFocus()
    incident.participant_table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(
        incident.participant_table,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [model.index(r, 0).data() for r in range(2)] == ["Mei Lin", "Priya Raman"]
    assert incident.participant_table.currentIndex().row() == 1
    assert [p.position for p in document.postmortem.participants] == list(range(5))
    document.undo_stack.undo()
    assert model.index(0, 0).data() == "Priya Raman"


def test_banner_colours_suit_light_and_dark_palettes() -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    for verdict in Verdict:
        light_bg, _, light_text = verdict_colors(verdict, light)
        dark_bg, _, dark_text = verdict_colors(verdict, dark)
        assert light_bg.lightness() > light_text.lightness() + 100
        assert dark_text.lightness() > dark_bg.lightness() + 100


def test_a_changed_policy_offers_a_recheck(
    qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    page = TriggerStep(document, TriggerPolicy(outage_threshold_minutes=120))
    qtbot.addWidget(page)
    page.show()
    # Stored: mandatory because of the 65-minute outage; today's policy says recommended.
    assert page.banner.title_label.text() == "Post-mortem: Mandatory"
    assert page.stale_row.isVisible()
    qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
    assert page.banner.title_label.text() == "Post-mortem: Recommended"
    assert not page.stale_row.isVisible()

    def saved() -> None:
        assessment = stored(db, document.postmortem.id).trigger_assessment
        assert assessment is not None
        assert assessment.verdict is Verdict.RECOMMENDED
        assert not any("outage" in reason for reason in assessment.reasons)

    qtbot.waitUntil(saved, timeout=3000)
    document.undo_stack.undo()
    assert page.stale_row.isVisible()


def test_typing_a_moment_into_an_unset_field(
    qtbot: QtBot, blank_document: PostmortemDocument
) -> None:
    page = IncidentStep(blank_document)
    qtbot.addWidget(page)
    page.show()
    editor = page.start_edit.editor
    assert editor.text() == ""
    assert editor.placeholderText() == "Not set"
    qtbot.keyClicks(editor, "2026-10-14 09:30")
    assert blank_document.postmortem.incident_start == datetime(2026, 10, 14, 9, 30, tzinfo=UTC)
    assert blank_document.undo_stack.count() == 1  # the whole typing is one step


# -- typed moments: exactly what was typed, pasted or picked, or refused ---------------------


def select_all_and_type(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def finish_typing(qtbot: QtBot, editor: QLineEdit) -> None:
    """Leave the field with Tab, as a person moving on would."""
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("typed", "start"),
    [
        ("2026-11-30 13:58", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("2026-11-30T13:58", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("2026-11-30 13:58:05", datetime(2026, 11, 30, 13, 58, 5, tzinfo=UTC)),
        ("2026-11-30 13:58 UTC", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("2026-11-30 14:58 +01:00", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("13:58", datetime(2026, 10, 14, 13, 58, tzinfo=UTC)),  # on the day it was
    ],
)
def test_typing_over_the_start_stores_exactly_what_was_typed(
    incident: IncidentStep,
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    typed: str,
    start: datetime,
) -> None:
    original = document.postmortem.incident_start
    assert original == datetime(2026, 10, 14, 9, 2, 31, tzinfo=UTC)
    editor = incident.start_edit.editor
    assert editor.text() == "2026-10-14 09:02:31"
    select_all_and_type(qtbot, editor, typed)
    assert document.postmortem.incident_start == start
    finish_typing(qtbot, editor)
    assert document.postmortem.incident_start == start
    assert editor.text() == start.strftime("%Y-%m-%d %H:%M" + (":%S" if start.second else ""))
    assert not incident.start_edit.problem_label.isVisibleTo(incident)
    assert document.save()
    assert stored(db, document.postmortem.id).incident_start == start
    # All the typing is one undo step.
    document.undo_stack.undo()
    assert document.postmortem.incident_start == original
    assert editor.text() == "2026-10-14 09:02:31"


def test_typing_the_end_stores_it_and_the_duration_follows(
    incident: IncidentStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    unmark_resolved(document)
    select_all_and_type(qtbot, incident.end_edit.editor, "2026-10-14T11:30")
    finish_typing(qtbot, incident.end_edit.editor)
    assert document.postmortem.incident_end == datetime(2026, 10, 14, 11, 30, tzinfo=UTC)
    assert incident.duration_label.text() == "Duration: 2 h 27 min"
    assert document.save()
    assert stored(db, document.postmortem.id).incident_end == datetime(
        2026, 10, 14, 11, 30, tzinfo=UTC
    )


def test_pasting_a_moment_stores_it(
    incident: IncidentStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    QApplication.clipboard().setText("2026-11-30T13:58:05Z")
    editor = incident.start_edit.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    finish_typing(qtbot, editor)
    moment = datetime(2026, 11, 30, 13, 58, 5, tzinfo=UTC)
    assert document.postmortem.incident_start == moment
    assert editor.text() == "2026-11-30 13:58:05"
    assert document.save()
    assert stored(db, document.postmortem.id).incident_start == moment


def test_picking_a_day_in_the_calendar_keeps_the_time(
    incident: IncidentStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    editor = incident.start_edit.editor
    (button,) = editor.findChildren(QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    calendar = editor.calendar_popup()
    assert calendar is not None
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 10, 14)
    days = calendar.findChild(QTableView)
    qtbot.keyClick(days, Qt.Key.Key_Down)  # a week later
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    moment = datetime(2026, 10, 22, 9, 2, 31, tzinfo=UTC)
    assert document.postmortem.incident_start == moment
    assert editor.text() == "2026-10-22 09:02:31"
    assert document.save()
    assert stored(db, document.postmortem.id).incident_start == moment


@pytest.mark.parametrize(
    "typed", ["2026-11-31 13:58", "2026-11-30", "30.11.2026 13:58", "next Tuesday"]
)
def test_unreadable_text_is_refused_and_the_stored_moment_kept(
    incident: IncidentStep,
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    typed: str,
) -> None:
    original = document.postmortem.incident_start
    editor = incident.start_edit.editor
    select_all_and_type(qtbot, editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert document.postmortem.incident_start == original
    assert document.undo_stack.count() == 0
    problem = editor.problem()
    assert problem is not None
    assert typed in problem
    assert "type it like 2026-11-30 13:58 (UTC)" in problem
    assert editor.toolTip() == problem
    assert "#c62828" in editor.styleSheet()  # framed in red
    label = incident.start_edit.problem_label
    assert label.isVisibleTo(incident)
    assert "Still stored: 2026-10-14 09:02:31 (Esc shows it again)." in label.text()
    assert editor.text() == typed  # left for the user to fix
    # Leaving the field does not store it either.
    finish_typing(qtbot, editor)
    assert document.postmortem.incident_start == original
    assert document.save()
    assert stored(db, document.postmortem.id).incident_start == original
    # Esc shows the stored moment again.
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.text() == "2026-10-14 09:02:31"
    assert editor.problem() is None
    assert not label.isVisibleTo(incident)
    select_all_and_type(qtbot, editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert label.isVisibleTo(incident)
    # Fixing the text stores it and takes the complaint away.
    select_all_and_type(qtbot, editor, "2026-11-30 13:58")
    assert document.postmortem.incident_start == datetime(2026, 11, 30, 13, 58, tzinfo=UTC)
    assert editor.problem() is None
    assert editor.styleSheet() == ""
    assert not label.isVisibleTo(incident)


def unmark_resolved(document: PostmortemDocument) -> None:
    """Take the "Resolved" key moment away, so that the typed end is the end."""
    for event in document.postmortem.timeline_events:
        if event.key_moment is KeyMoment.RESOLVED:
            document.push(SetValue(event, "key_moment", None))


def test_emptying_the_field_clears_the_moment(
    incident: IncidentStep, qtbot: QtBot, document: PostmortemDocument
) -> None:
    unmark_resolved(document)
    editor = incident.end_edit.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert document.postmortem.incident_end is None
    assert not incident.end_edit.clear_button.isEnabled()
    assert "set the start and the end" in incident.duration_label.text()


# -- one source for each fact ---------------------------------------------------------------


@pytest.fixture
def meeting(
    qtbot: QtBot, document: PostmortemDocument
) -> tuple[IncidentStep, TriggerStep, TimelineStep]:
    """The Incident, Trigger and Timeline pages of one post-mortem in one window."""
    window = QWidget()
    qtbot.addWidget(window)
    pages = (
        IncidentStep(document, window),
        TriggerStep(document, TriggerPolicy(), window),
        TimelineStep(document, window),
    )
    layout = QHBoxLayout(window)
    for page in pages:
        layout.addWidget(page)
    window.resize(1800, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield pages
    window.close()


def test_the_severity_is_one_field_in_both_steps(
    meeting: tuple[IncidentStep, TriggerStep, TimelineStep],
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
) -> None:
    incident, trigger, _timeline = meeting
    assert incident.severity_combo.current_value() == trigger.severity_combo.current_value() == 2
    incident.severity_combo.setFocus()
    qtbot.keyClick(incident.severity_combo, Qt.Key.Key_Down)  # SEV 3
    assert trigger.severity_combo.current_value() == 3
    # The verdict's reasons follow: SEV 3 is no reason of its own under the policy.
    assert "Severity 2 incident." not in trigger.banner.reasons_label.text()

    def saved() -> None:
        pm = stored(db, document.postmortem.id)
        assert pm.severity == 3
        assert pm.trigger_assessment is not None
        assert pm.trigger_assessment.severity == 3
        assert "Severity 2 incident." not in pm.trigger_assessment.reasons

    qtbot.waitUntil(saved, timeout=3000)

    trigger.severity_combo.setFocus()
    qtbot.keyClick(trigger.severity_combo, Qt.Key.Key_Up)
    qtbot.keyClick(trigger.severity_combo, Qt.Key.Key_Up)  # SEV 1, from the trigger check
    assert incident.severity_combo.current_value() == 1
    assert document.postmortem.severity == 1
    assert "Severity 1 incident." in trigger.banner.reasons_label.text()
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert incident.severity_combo.current_value() == 2
    assert "Severity 2 incident." in trigger.banner.reasons_label.text()


def test_the_outage_is_measured_unless_entered_by_hand(
    meeting: tuple[IncidentStep, TriggerStep, TimelineStep],
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
) -> None:
    _incident, trigger, timeline = meeting
    assert trigger.outage_spin.value() == 65  # impact start 09:02:31, mitigated 10:07:26
    assert trigger.outage_source_label.text() == (
        "Measured on the timeline, from impact start to mitigated."
    )
    assert not trigger.use_measured_button.isVisible()

    # Mitigated earlier on the timeline: the outage, and the verdict, follow.
    row = next(
        r
        for r in range(timeline.model.rowCount())
        if timeline.model.event_at(r).text.startswith("Error rate is back to baseline")
    )
    timeline.table.selectRow(row)
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert trigger.outage_spin.value() == 59
    assert "The outage lasted" not in trigger.banner.reasons_label.text()

    # A figure entered by hand counts, and shows as such.
    trigger.outage_spin.setFocus()
    trigger.outage_spin.lineEdit().selectAll()
    qtbot.keyClicks(trigger.outage_spin, "90")
    assert "The outage lasted 90 minutes" in trigger.banner.reasons_label.text()
    assert trigger.outage_source_label.text() == (
        "Entered by hand; measured on the timeline, from impact start to mitigated: 59 min."
    )
    assert trigger.use_measured_button.isVisible()

    def saved(minutes: int | None) -> None:
        pm = stored(db, document.postmortem.id)
        assert pm.trigger_assessment is not None
        assert pm.trigger_assessment.outage_minutes == minutes

    qtbot.waitUntil(lambda: saved(90), timeout=3000)
    qtbot.mouseClick(trigger.use_measured_button, Qt.MouseButton.LeftButton)
    assert trigger.outage_spin.value() == 59
    assert not trigger.use_measured_button.isVisible()
    qtbot.waitUntil(lambda: saved(None), timeout=3000)
