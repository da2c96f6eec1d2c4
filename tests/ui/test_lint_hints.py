"""The quiet "consider" tier: a quoted blame is underlined with calm dots, listed in its
own "Consider" group below the blocking findings, counts as no problem in the step list,
offers the same context menu, and goes away (remembered) when the setting is off."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step, StepState
from pmdesk.domain.location import Location
from pmdesk.models import AcknowledgementKind
from pmdesk.settings import Paths, load_preferences
from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from pmdesk.ui.lint_highlighter import HINT_COLOR, finding_color
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.publish_step import PublishStep
from tests.ui.test_lint_actions import (
    KEEP,
    REPLACE,
    choose,
    give_reason,
    hover_text,
    right_click,
    show_page,
    stored,
)
from tests.ui.test_reason_dialogs import when_shown
from tests.ui.test_wizard import open_window

QUOTE = 'The spokesperson blamed "a human mistake" for the outage.'
BLAME = " Obviously the on-call engineer did not read the alert text."
CTRL = Qt.KeyboardModifier.ControlModifier
DOTTED = QTextCharFormat.UnderlineStyle.DotLine
WAVY = QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, paths: Paths, sample_document: dict[str, Any]
) -> Iterator[PostmortemWindow]:
    with db.transaction() as session:
        postmortem_id = load_postmortem(session, sample_document)[0].id
    shown = open_window(qtbot, db, paths, postmortem_id)
    shown.resize(1400, 900)
    yield shown
    if shiboken6.isValid(shown):
        shown.close()


def summary_editor(window: PostmortemWindow) -> QPlainTextEdit:
    page = show_page(window, Step.INCIDENT)
    assert isinstance(page, IncidentStep)
    return page.summary_edit


def type_summary(qtbot: QtBot, editor: QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)


def underlines(editor: QPlainTextEdit) -> list[tuple[str, QTextCharFormat.UnderlineStyle]]:
    """What each underline in the field's first paragraph covers, and how it is drawn."""
    block = editor.document().firstBlock()
    return [
        (block.text()[f.start : f.start + f.length], f.format.underlineStyle())
        for f in block.layout().formats()
        if f.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]


def underline_colors(editor: QPlainTextEdit) -> list[str]:
    block = editor.document().firstBlock()
    return [
        f.format.underlineColor().name()
        for f in block.layout().formats()
        if f.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]


def panel_groups(window: PostmortemWindow) -> list[QTreeWidgetItem]:
    tree = window.findings_panel.tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def children(group: QTreeWidgetItem) -> list[str]:
    return [group.child(i).text(0) for i in range(group.childCount())]


def language_gate_rows(window: PostmortemWindow) -> list[str]:
    """What the Publish step lists under its blameless-language check."""
    page = show_page(window, Step.PUBLISH)
    assert isinstance(page, PublishStep)
    page.refresh()
    tree = page.checklist
    gate = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if "Blameless language" in tree.topLevelItem(i).text(0)
    )
    return [gate.text(0), *children(gate)]


def on_word(editor: QPlainTextEdit, word: str) -> QPoint:
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    editor.setTextCursor(cursor)
    return editor.cursorRect(cursor).center()


def set_hints_in_preferences(qtbot: QtBot, window: PostmortemWindow, shown: bool) -> None:
    """Open Preferences with its shortcut, click the hints box if needed, press OK."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        box = dialog.lint_hints
        if box.isChecked() != shown:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked() == shown
        dialog.accept()

    when_shown(qtbot, QDialog, answer)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)


def test_a_typed_quoted_blame_is_a_quiet_dotted_hint_listed_under_consider(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    editor = summary_editor(window)
    type_summary(qtbot, editor, QUOTE)
    qtbot.waitUntil(lambda: bool(underlines(editor)))
    assert underlines(editor) == [('"a human mistake"', DOTTED)]
    assert underline_colors(editor) == [HINT_COLOR]
    # Listed in the panel, but it makes no step need attention.
    qtbot.waitUntil(lambda: window.findings_panel.consider_group is not None)
    assert [g.text(0) for g in panel_groups(window)] == ["Consider (1)"]
    hint_rows = children(panel_groups(window)[0])
    assert hint_rows[0].startswith("Worth a look, never blocking")
    assert panel_groups(window)[0].toolTip(0) == hint_rows[0]
    assert hint_rows[1].startswith('Incident · Summary: "a human mistake" — Quotes someone')
    assert window.findings_panel.summary.text().startswith("No blaming language found.")
    assert "1 to consider" in window.findings_panel.summary.text()
    assert window.step_state_of(Step.INCIDENT) is not StepState.HAS_PROBLEMS
    hover = hover_text(editor.viewport(), on_word(editor, "human"))
    assert "Consider: Quoted blame (does not block publishing)" in hover

    # A blaming sentence beside it: a wave, its own step group above "Consider".
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(editor, BLAME)
    qtbot.waitUntil(lambda: len(underlines(editor)) == 3)
    assert underlines(editor) == [
        ('"a human mistake"', DOTTED),
        ("Obviously", WAVY),
        ("did not read", WAVY),
    ]
    qtbot.waitUntil(lambda: len(panel_groups(window)) == 2)
    assert [g.text(0) for g in panel_groups(window)] == ["Incident (2)", "Consider (1)"]
    assert window.step_state_of(Step.INCIDENT) is StepState.HAS_PROBLEMS


def test_turning_hints_off_in_preferences_hides_them_live_and_is_remembered(
    window: PostmortemWindow, qtbot: QtBot, db: Database, paths: Paths
) -> None:
    editor = summary_editor(window)
    type_summary(qtbot, editor, QUOTE)
    qtbot.waitUntil(lambda: bool(underlines(editor)))
    # Publishing lists the hint, greyed, under a passing check.
    gate, *rows = language_gate_rows(window)
    assert gate.startswith("✓")
    assert [row for row in rows if "Quotes someone" in row]
    editor = summary_editor(window)
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(editor, BLAME)
    qtbot.waitUntil(lambda: len(underlines(editor)) == 3)
    qtbot.waitUntil(lambda: len(panel_groups(window)) == 2)

    set_hints_in_preferences(qtbot, window, shown=False)
    assert not [row for row in language_gate_rows(window) if "Quotes someone" in row]
    editor = summary_editor(window)
    assert load_preferences(paths.preferences_file)[0].lint_hints is False
    assert [style for _text, style in underlines(editor)] == [WAVY, WAVY]
    assert [g.text(0) for g in panel_groups(window)] == ["Incident (2)"]
    assert "to consider" not in window.findings_panel.summary.text()

    # A window opened later starts without them.
    postmortem_id = window.document.postmortem.id
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.close()
    again = open_window(qtbot, db, paths, postmortem_id)
    editor = summary_editor(again)
    qtbot.waitUntil(lambda: len(underlines(editor)) == 2)
    assert [g.text(0) for g in panel_groups(again)] == ["Incident (2)"]

    set_hints_in_preferences(qtbot, again, shown=True)
    assert underlines(editor)[0] == ('"a human mistake"', DOTTED)
    assert [g.text(0) for g in panel_groups(again)] == ["Incident (2)", "Consider (1)"]


def test_a_hint_is_kept_with_a_reason_from_its_context_menu(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    editor = summary_editor(window)
    type_summary(qtbot, editor, QUOTE)
    qtbot.waitUntil(lambda: bool(underlines(editor)))
    seen: list[str] = []
    choose(qtbot, KEEP, seen, give_reason(qtbot, "We quote the vendor's statement."))
    right_click(editor.viewport(), on_word(editor, "human"))
    assert seen[:2] == [REPLACE, KEEP]
    qtbot.waitUntil(
        lambda: (
            (AcknowledgementKind.LINT, "field:summary", "We quote the vendor's statement.")
            in stored(db)["kept"]
        )
    )
    qtbot.waitUntil(lambda: not underlines(editor))
    qtbot.waitUntil(lambda: window.findings_panel.consider_group is None)


def test_the_hint_colour_is_calm_but_visible(qtbot: QtBot, window: PostmortemWindow) -> None:
    editor = summary_editor(window)
    type_summary(qtbot, editor, QUOTE + BLAME)
    found = window.document.open_findings(Location.of_field("summary"), QUOTE + BLAME, "summary")
    hint = next(f for f in found if f.is_hint)
    blame = next(f for f in found if not f.is_hint)
    # Less saturated than any blocking hue: it reads as a note, not an alarm.
    assert finding_color(hint).hsvSaturation() < finding_color(blame).hsvSaturation() / 2


def test_a_german_line_typed_under_english_is_underlined_listed_and_gates_publishing(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    # The editor reads each line alone; the panel and the Publish gate read the whole field.
    # Both must find the German line's blame (once only the underline did).
    editor = summary_editor(window)
    type_summary(qtbot, editor, "Reloading PgBouncer on the affected hosts restored service.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(
        editor, "Mit dem Datenschutz nimmt es die Arbeitsagentur offenbar nicht sehr genau."
    )
    german_line = editor.document().lastBlock()

    def waves() -> list[str]:
        return [
            german_line.text()[f.start : f.start + f.length]
            for f in german_line.layout().formats()
            if f.format.underlineStyle() == WAVY
        ]

    qtbot.waitUntil(lambda: bool(waves()))
    assert waves() == ["nimmt es die Arbeitsagentur offenbar nicht sehr genau"]
    qtbot.waitUntil(lambda: bool(panel_groups(window)))
    assert [g.text(0) for g in panel_groups(window)] == ["Incident (1)"]
    assert children(panel_groups(window)[0])[0].startswith(
        "Summary: “nimmt es die Arbeitsagentur offenbar nicht sehr genau” — Macht ein Team"
    )
    assert window.step_state_of(Step.INCIDENT) is StepState.HAS_PROBLEMS
    gate = language_gate_rows(window)
    assert gate[0] == "✗  Blameless language (1)"
    assert gate[1].startswith("Summary: Macht ein Team zum Handelnden eines Fehlers")


def test_an_emphasised_word_is_read_as_written_and_underlined_with_its_markers(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    # Markdown emphasis typed into a field ("did _not_ renew") is read as the plain words, and
    # the underline covers the text as typed, markers included.
    editor = summary_editor(window)
    type_summary(qtbot, editor, "The domain lapsed because the owner did _not_ renew it.")
    qtbot.waitUntil(lambda: bool(underlines(editor)))
    assert underlines(editor) == [("did _not_ renew", WAVY)]
    qtbot.waitUntil(lambda: bool(panel_groups(window)))
    assert children(panel_groups(window)[0])[0].startswith("Summary: “did _not_ renew”")
