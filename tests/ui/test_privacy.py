"""Nothing private on screen: secrets masked in the Publish checklist, redaction that
re-checks what it leaves; names kept out of the public report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.models import Postmortem
from pmdesk.store import Database
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.participant_table_model import ParticipantTableModel
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.publish_step import PublishStep

PASSWORD = "Kx9vT2pLm4"
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
CARD = "4111 1111 1111 1111"


@pytest.fixture
def pages(qtbot: QtBot, document: PostmortemDocument) -> tuple[IncidentStep, PublishStep]:
    """The Incident page and the Publish page of one post-mortem, both on screen."""
    incident = IncidentStep(document)
    publish = PublishStep(document)
    for page in (incident, publish):
        qtbot.addWidget(page)
        page.show()
    return incident, publish


def stored(db: Database, postmortem_id: int) -> Postmortem:
    with db.sessions() as session:
        postmortem = session.get(Postmortem, postmortem_id)
        assert postmortem is not None
        _ = (postmortem.participants, postmortem.timeline_events)
        session.expunge_all()
        return postmortem


def type_into(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Replace the editor's text by typing, as a person would."""
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def checklist_items(publish: PublishStep) -> list[QTreeWidgetItem]:
    items = []
    for row in range(publish.checklist.topLevelItemCount()):
        gate = publish.checklist.topLevelItem(row)
        items.append(gate)
        items.extend(gate.child(i) for i in range(gate.childCount()))
    return items


def shown_text(publish: PublishStep) -> str:
    """Everything the checklist shows, tooltips included."""
    return "\n".join(f"{item.text(0)}\n{item.toolTip(0)}" for item in checklist_items(publish))


def redaction_gate(publish: PublishStep) -> QTreeWidgetItem:
    return next(
        item
        for item in checklist_items(publish)
        if item.parent() is None and "secrets" in item.text(0).lower()
    )


def click_item(qtbot: QtBot, publish: PublishStep, item: QTreeWidgetItem) -> None:
    publish.checklist.scrollToItem(item)
    rect = publish.checklist.visualItemRect(item)
    qtbot.mouseClick(publish.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert publish.checklist.currentItem() is item


def gate_passed(publish: PublishStep, gate_id: str) -> bool:
    return next(r for r in publish.results if r.id == gate_id).passed


# -- secrets ---------------------------------------------------------------------------------


def test_checklist_masks_every_secret_it_lists(
    pages: tuple[IncidentStep, PublishStep], qtbot: QtBot
) -> None:
    incident, publish = pages
    type_into(
        qtbot,
        incident.summary_edit,
        f"Redis had requirepass={PASSWORD} and key {AWS_KEY} in one config line.",
    )
    type_into(qtbot, incident.impact_edit, f"Card {CARD} was charged twice.")
    qtbot.waitUntil(lambda: not gate_passed(publish, "redaction") and publish.results[2].count == 3)

    shown = shown_text(publish)
    for secret in (PASSWORD, AWS_KEY, CARD):
        # Neither the value nor any part of it past the first two characters.
        assert secret[2:6] not in shown, shown
    assert "requirepass=Kx…" in shown
    assert "AK…" in shown
    assert "Looks like a card number: Card 41… was charged twice." in shown


def test_redact_uses_the_text_as_it_is_now_and_checks_again(
    pages: tuple[IncidentStep, PublishStep], qtbot: QtBot, db: Database
) -> None:
    incident, publish = pages
    type_into(qtbot, incident.summary_edit, f"key {AWS_KEY} and requirepass {PASSWORD} leaked")
    qtbot.waitUntil(lambda: redaction_gate(publish).childCount() == 2)
    problem_item = redaction_gate(publish).child(0)
    # More text arrives before the checklist catches up: the found span has moved.
    incident.summary_edit.moveCursor(incident.summary_edit.textCursor().MoveOperation.Start)
    qtbot.keyClicks(incident.summary_edit, "Earlier: ")
    click_item(qtbot, publish, problem_item)
    qtbot.mouseClick(publish.redact_button, Qt.MouseButton.LeftButton)

    summary = publish.document.postmortem.summary
    assert summary == f"Earlier: key [redacted] and requirepass {PASSWORD} leaked"
    # The password is still there, so the gate stays red and lists it.
    assert not gate_passed(publish, "redaction")
    assert redaction_gate(publish).childCount() == 1
    assert "requirepass Kx…" in redaction_gate(publish).child(0).text(0)


def test_redact_all_leaves_no_secret_and_is_one_undo_step(
    pages: tuple[IncidentStep, PublishStep], qtbot: QtBot, db: Database
) -> None:
    incident, publish = pages
    document = publish.document
    original_impact = document.postmortem.customer_impact
    type_into(
        qtbot,
        incident.summary_edit,
        f"redis.conf: requirepass={PASSWORD}, db at postgres://app:hunter22x@db-01/shop",
    )
    type_into(qtbot, incident.impact_edit, f"Card {CARD} and key {AWS_KEY} were in the log.")
    qtbot.waitUntil(lambda: not gate_passed(publish, "redaction"))
    assert publish.redact_all_button.isEnabled()
    qtbot.mouseClick(publish.redact_all_button, Qt.MouseButton.LeftButton)

    pm = document.postmortem
    assert (
        pm.summary
        == "redis.conf: requirepass=[redacted], db at postgres://app:[redacted]@db-01/shop"
    )
    assert pm.customer_impact == "Card [redacted] and key [redacted] were in the log."
    assert gate_passed(publish, "redaction")
    assert redaction_gate(publish).text(0).startswith("✓")
    assert not publish.redact_all_button.isEnabled()
    assert incident.summary_edit.toPlainText() == pm.summary

    def saved() -> None:
        again = stored(db, pm.id)
        for secret in (PASSWORD, "hunter22x"):
            assert secret not in again.summary
        for secret in (CARD, AWS_KEY):
            assert secret not in again.customer_impact

    qtbot.waitUntil(saved, timeout=3000)

    document.undo_stack.undo()  # both fields come back at once
    assert PASSWORD in pm.summary
    assert AWS_KEY in pm.customer_impact
    assert pm.customer_impact != original_impact


# -- names -------------------------------------------------------------------------------------


def test_a_handle_typed_in_the_participants_table_clears_the_public_names_gate(
    pages: tuple[IncidentStep, PublishStep], qtbot: QtBot, db: Database
) -> None:
    incident, publish = pages
    table, model = incident.participant_table, incident.participant_model
    type_into(qtbot, incident.facilitator_edit, "Lena Fischer")
    incident.summary_edit.moveCursor(incident.summary_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(incident.summary_edit, " Thanks to lena for the quick page.")
    # Choose the public version, as a person would: the gates follow.
    publish.profile.setFocus()
    qtbot.keyClick(publish.profile, Qt.Key.Key_Down)
    assert publish.chosen_profile().value == "public"
    qtbot.waitUntil(lambda: not gate_passed(publish, "no_names_in_public"))
    names_gate = next(i for i in checklist_items(publish) if "No names" in i.text(0))
    assert names_gate.text(0).startswith("✗")
    assert "“lena” would name a person" in names_gate.child(0).text(0)

    # The facilitator's row gets her name and handles; the Handles column takes commas.
    row = 4
    handles_cell = model.index(row, ParticipantTableModel.HANDLES)
    assert model.headerData(ParticipantTableModel.HANDLES, Qt.Orientation.Horizontal) == "Handles"
    for column, text in (
        (ParticipantTableModel.NAME, "Lena Fischer"),
        (ParticipantTableModel.HANDLES, "lena, @lena.f"),
    ):
        cell = model.index(row, column)
        table.setFocus()
        table.setCurrentIndex(cell)
        qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the current cell
        editor = table.indexWidget(cell)
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handles_cell.data() == "lena, lena.f")
    qtbot.waitUntil(lambda: gate_passed(publish, "no_names_in_public"), timeout=3000)
    assert next(i for i in checklist_items(publish) if "No names" in i.text(0)).text(0)[0] == "✓"

    def saved() -> None:
        facilitator = stored(db, publish.document.postmortem.id).participants[row]
        assert (facilitator.name, facilitator.handles) == ("Lena Fischer", ["lena", "lena.f"])

    qtbot.waitUntil(saved, timeout=3000)
