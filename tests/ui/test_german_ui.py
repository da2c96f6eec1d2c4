"""The UI in German: no English left in the places a facilitator walks through,
numbers written the German way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QScrollArea, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step
from pmdesk.domain.gates import GATE_IDS
from pmdesk.models import Postmortem, Publication
from pmdesk.settings import Paths, Preferences
from pmdesk.store import Database
from pmdesk.ui.app import install_translations
from pmdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.publish_step import PublishStep
from pmdesk.ui.steps.trigger_step import TriggerStep
from pmdesk.ui.steps.whys_step import WhysStep


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German UI, as PMDESK_LANGUAGE=de gives it; English again afterwards."""
    locale_before = QLocale()
    assert install_translations(qapp, "de") == "de"
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale_before)


@pytest.fixture
def window(
    german: None, qtbot: QtBot, db: Database, paths: Paths, sample_id: int
) -> Iterator[PostmortemWindow]:
    with db.transaction() as session:
        postmortem = session.get(Postmortem, sample_id)
        assert postmortem is not None
        postmortem.publications.append(
            Publication(version=1, formats=["pdf", "actions-csv"], profile="public")
        )
    QSettings().remove("postmortemWindow")
    pm_window = PostmortemWindow(db, sample_id, paths)
    qtbot.addWidget(pm_window)
    with qtbot.waitActive(pm_window):
        pm_window.show()
        pm_window.activateWindow()
    yield pm_window
    if shiboken6.isValid(pm_window):
        pm_window.close()


def test_the_trigger_check_speaks_german_with_german_numbers(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    page = window.page_for[Step.TRIGGER_CHECK]
    assert isinstance(page, TriggerStep)
    assert window.prompts.heading.text() == "Mögliche Fragen"
    assert "Gingen Daten verloren oder wurden sie beschädigt?" in window.prompts.body.text()
    assert "Was any data lost" not in window.prompts.body.text()
    assert page.banner.reasons_label.text().splitlines() == [
        "•  Der Ausfall dauerte 65 Minuten, länger als die Schwelle von 60 Minuten.",
        "•  Vorfall mit Schweregrad 2.",
        "•  Kunden waren betroffen.",
        "•  72 % des SLO-Fehlerbudgets wurden verbraucht (Schwelle 50 %).",
    ]
    assert page.slo_spin.text() == "72,0 %"

    # Typed the German way, stored as a number, shown the German way.
    page.slo_spin.setFocus()
    page.slo_spin.selectAll()
    qtbot.keyClicks(page.slo_spin, "35,5")
    qtbot.keyClick(page.slo_spin, Qt.Key.Key_Return)
    assessment = window.document.postmortem.trigger_assessment
    assert assessment is not None
    qtbot.waitUntil(lambda: assessment.slo_budget_burned_pct == 35.5)
    assert page.slo_spin.text() == "35,5 %"
    qtbot.keyClick(page.slo_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.slo_spin, "62,5")
    qtbot.keyClick(page.slo_spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: assessment.slo_budget_burned_pct == 62.5)
    assert "•  62,5 % des SLO-Fehlerbudgets wurden verbraucht (Schwelle 50 %)." in (
        page.banner.reasons_label.text().splitlines()
    )
    # Stored in English, whatever the UI language: reports and the CLI read it.
    assert "62.5 % of the SLO error budget was burned (threshold 50 %)." in assessment.reasons


def test_publish_history_names_the_audience_and_formats_in_german(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = window.page_for[Step.PUBLISH]
    assert isinstance(page, PublishStep)
    item = page.history.item(0)
    assert item is not None
    assert " · öffentlich · PDF, Maßnahmen (CSV)" in item.text()
    assert item.text().startswith("Version 1 · ")


def test_the_library_and_preferences_speak_german(
    german: None, qtbot: QtBot, db: Database, paths: Paths
) -> None:
    library = MainWindow(db, paths)
    qtbot.addWidget(library)
    assert library.preferences_action.text() == "Einstellungen…"
    assert library.new_action.toolTip().startswith("Neues Post-Mortem beginnen")
    dialog = PreferencesDialog(Preferences(), None)
    qtbot.addWidget(dialog)
    agenda_labels = [spin.toolTip() for spin in dialog.agenda]
    assert agenda_labels == [
        "Auslöserprüfung",
        "Zeitleiste",
        "5 Warums",
        "Maßnahmen",
        "Veröffentlichen",
    ]
    assert dialog.language.itemText(0) == "Wie das System"


def test_every_library_command_shows_in_the_toolbar_at_980_pixels(
    german: None, qtbot: QtBot, db: Database, paths: Paths, sample_id: int
) -> None:
    QSettings().remove("mainWindow")
    library = MainWindow(db, paths)
    qtbot.addWidget(library)
    library.resize(980, 640)
    with qtbot.waitExposed(library):
        library.show()
    # The sample's overdue action items make the Actions button as wide as it gets.
    qtbot.waitUntil(lambda: library.actions_action.text().startswith("Maßnahmen · "))
    QApplication.processEvents()
    assert library.width() == 980
    toolbar = library.findChild(QToolBar, "libraryToolbar")
    assert toolbar is not None
    # Nothing went to Qt's » overflow menu: every command is a button in the toolbar.
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    buttons = [toolbar.widgetForAction(a) for a in toolbar.actions() if not a.isSeparator()]
    assert all(b is not None and b.isVisible() for b in buttons)
    assert all(toolbar.rect().contains(b.geometry()) for b in buttons if b is not None)
    texts = [b.text() for b in buttons if isinstance(b, QToolButton)]
    assert texts[-3:] == ["Trends", "Bibliothek", "Einstellungen"]

    # The library's rarer commands are one click away, under Bibliothek.
    seen: list[str] = []

    def read_the_menu() -> None:
        menu = library.library_button.menu()
        assert isinstance(menu, QMenu)
        seen.extend(a.text() for a in menu.actions() if menu.isVisible())
        qtbot.keyClick(menu, Qt.Key.Key_Escape)

    QTimer.singleShot(100, read_the_menu)
    qtbot.mouseClick(library.library_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Tags und Services …", "Website erstellen…"]
    # Their shortcuts work with the menu closed.
    assert {library.vocabulary_action, library.build_site_action} <= set(library.actions())


def test_the_publish_checklist_and_findings_name_problems_in_german(
    german: None, qtbot: QtBot, db: Database, paths: Paths, sample_id: int
) -> None:
    with db.transaction() as session:
        postmortem = session.get(Postmortem, sample_id)
        assert postmortem is not None
        postmortem.summary += " Jonas forgot to rotate the key. Password: hunter2"
        # A name typed in lower case: the pseudonyms leave it, the public gate finds it.
        postmortem.customer_impact += " Thanks to priya for the page."
        postmortem.incident_start = postmortem.incident_end + timedelta(minutes=5)
        postmortem.action_items[0].owner = ""
    QSettings().remove("postmortemWindow")
    pm_window = PostmortemWindow(db, sample_id, paths)
    qtbot.addWidget(pm_window)
    with qtbot.waitActive(pm_window):
        pm_window.show()
        pm_window.activateWindow()
    qtbot.keyClick(pm_window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = pm_window.page_for[Step.PUBLISH]
    assert isinstance(page, PublishStep)
    qtbot.waitUntil(lambda: page.checklist.topLevelItemCount() == len(GATE_IDS))
    shown = []
    for index in range(page.checklist.topLevelItemCount()):
        gate = page.checklist.topLevelItem(index)
        assert gate is not None
        shown += [gate.child(row).text(0) for row in range(gate.childCount())]  # type: ignore[union-attr]
    assert (
        "Maßnahme 1: Die Maßnahme „Reload PgBouncer from a Patroni on_role_change callback“ "
        "hat keine Verantwortlichkeit."
    ) in shown
    assert any(text.startswith("Zusammenfassung: Sieht aus wie ein Passwort: ") for text in shown)
    assert (
        "Zeitleiste: Behoben (10:16:04 UTC) liegt vor Beginn des Vorfalls (10:21:04 UTC)."
    ) in shown
    findings = pm_window.findings_panel.tree
    qtbot.waitUntil(lambda: findings.topLevelItemCount() == 1)
    group = findings.topLevelItem(0)
    assert group is not None
    first = group.child(0)
    assert first is not None
    assert first.text(0).startswith("Zusammenfassung: “forgot”")

    # The public version's gate, chosen as a person would, speaks German too.
    page.profile.setFocus()
    qtbot.keyClick(page.profile, Qt.Key.Key_Down)
    position = GATE_IDS.index("no_names_in_public")
    qtbot.waitUntil(lambda: page.checklist.topLevelItem(position).childCount() == 1)  # type: ignore[union-attr]
    names_gate = page.checklist.topLevelItem(position)
    assert names_gate is not None
    assert names_gate.text(0) == "✗  Keine Namen in der öffentlichen Fassung (1)"
    assert names_gate.child(0).text(0) == (  # type: ignore[union-attr]
        "Kundenauswirkung: „priya“ würde in der öffentlichen Fassung eine Person nennen: "
        "Schreiben Sie stattdessen die Rolle, oder geben Sie der Person in der Tabelle der "
        "Beteiligten ein Handle."
    )
    pm_window.close()


def test_the_german_window_fits_its_default_size(window: PostmortemWindow) -> None:
    # Every page's minimum width (the longest German captions) leaves the step list
    # its room: no page squeezes it into a horizontal scroll bar.
    assert window.size().width() == 1280
    assert window.splitter.sizes()[0] == 190
    assert not window.steps.horizontalScrollBar().isVisible()


def test_the_german_trigger_check_fits_beside_the_side_panels(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    # At the default size, with the moderation docks open, the policy's long German
    # rules wrap beside their questions instead of running off to the right.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    trigger = window.page_for[Step.TRIGGER_CHECK]
    qtbot.waitUntil(lambda: window.pages.currentWidget() is trigger)
    assert isinstance(trigger, TriggerStep)
    scroll = trigger.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.isVisible())
    QApplication.processEvents()
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    hints = [
        label
        for label in trigger.findChildren(QLabel)
        if label.isVisible() and label.text() and label.parent() is not None
    ]
    assert any("Richtlinie" in label.text() or "Pflicht" in label.text() for label in hints)
    for label in hints:
        right = label.mapTo(viewport, label.rect().topRight()).x()
        assert right <= viewport.width(), label.text()


def test_every_five_whys_command_shows_in_its_toolbar_in_german(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    # At the default size, beside the moderation docks: nothing goes behind Qt's »;
    # the moves show as arrows, their words stay for menus, tooltips and screen readers.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    whys = window.page_for[Step.FIVE_WHYS]
    qtbot.waitUntil(lambda: window.pages.currentWidget() is whys)
    assert isinstance(whys, WhysStep)
    toolbar = whys.toolbar
    qtbot.waitUntil(toolbar.isVisible)
    QApplication.processEvents()
    assert window.width() == 1280
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    buttons = {
        action.text(): toolbar.widgetForAction(action)
        for action in toolbar.actions()
        if not action.isSeparator()
    }
    for text, button in buttons.items():
        assert button is not None, text
        assert button.isVisible(), text
        assert toolbar.rect().contains(button.geometry()), text
    up = buttons["Nach oben"]
    assert isinstance(up, QToolButton)
    assert (up.text(), up.accessibleName()) == ("↑", "Nach oben")
    assert up.toolTip().startswith("Nach oben")
    # Linking evidence is the side panel's button; the tree's menu still offers it.
    evidence = whys.actions_by_name["evidence"]
    assert evidence not in toolbar.actions()
    assert evidence in whys.tree.actions()
    assert whys.link_button.isVisible()
    # In presenter mode's larger type the evidence panel still shows its button whole.
    window.set_presenter_mode(True)
    QApplication.processEvents()
    scroll = whys.link_button.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert isinstance(scroll, QScrollArea)
    right = whys.link_button.mapTo(scroll.viewport(), whys.link_button.rect().topRight()).x()
    assert right <= scroll.viewport().width()
    window.set_presenter_mode(False)
