"""Light, dark and presenter mode: readable everywhere, and presenter mode leaves no trace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step
from pmdesk.lint import lint
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.ui.delegates.why_item_delegate import (
    PADDING,
    ROOT_CAUSE_FILL,
    TEXT_INSET,
    _row_background,
    root_cause_badge_color,
)
from pmdesk.ui.lint_highlighter import CATEGORY_COLORS, finding_color, underline_color
from pmdesk.ui.postmortem_window import PostmortemWindow, _high_contrast_palette
from pmdesk.ui.steps.whys_step import WhysStep
from pmdesk.ui.theme import apply_theme, contrast_ratio, dark_palette, light_palette

TEXT_PAIRS = (
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
)


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> QPalette:
    before = qapp.palette()
    apply_theme(request.param)
    yield qapp.palette()
    qapp.setPalette(before)


def test_text_has_wcag_aa_contrast_in_both_themes(themed: QPalette) -> None:
    for foreground, background in TEXT_PAIRS:
        ratio = contrast_ratio(themed.color(foreground), themed.color(background))
        assert ratio >= 4.5, (foreground, background, ratio)


def test_lint_underlines_badges_and_hints_stay_visible_in_both_themes(themed: QPalette) -> None:
    base = themed.color(QPalette.ColorRole.Base)
    for category in CATEGORY_COLORS:
        assert contrast_ratio(underline_color(category), base) >= 3.0, category
    hint = next(f for f in lint("They blamed “a human mistake”.", lang="en") if f.is_hint)
    assert contrast_ratio(finding_color(hint), base) >= 3.0
    row = _row_background(themed, ROOT_CAUSE_FILL)
    assert contrast_ratio(root_cause_badge_color(themed), row) >= 4.5


def test_presenter_palette_shows_disabled_controls_as_disabled() -> None:
    for base in (light_palette(), dark_palette()):
        palette = _high_contrast_palette(base)
        enabled = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        assert enabled != disabled
        background = palette.color(QPalette.ColorRole.Button)
        assert contrast_ratio(disabled, background) >= 3.0


def test_the_theme_preference_forces_light_or_dark(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        assert apply_theme("dark") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 128
        assert apply_theme("light") == "light"
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() > 200
    finally:
        qapp.setPalette(before)


def whys_page(window: PostmortemWindow) -> WhysStep:
    page = window.page_for[Step.FIVE_WHYS]
    assert isinstance(page, WhysStep)
    return page


def test_leaving_presenter_mode_restores_the_whys_tree(
    qtbot: QtBot, db: Database, sample_id: int, paths: Paths
) -> None:
    window = PostmortemWindow(db, sample_id, paths)
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.steps.setCurrentRow(3)
    page = whys_page(window)
    before = page.tree.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.is_presenting
    assert page.tree.font().pointSizeF() > before * 1.2
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.is_presenting
    assert page.tree.font().pointSizeF() == pytest.approx(before)
    assert window.menuBar().isVisible()
    assert window.statusBar().isVisible()


def test_root_cause_badges_and_long_root_causes_are_never_cut(
    qtbot: QtBot, db: Database, sample_id: int, paths: Paths
) -> None:
    window = PostmortemWindow(db, sample_id, paths)
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.resize(1280, 800)
    window.show()
    window.steps.setCurrentRow(3)
    window.set_presenter_mode(True)
    window.zoom(1)
    page = whys_page(window)
    page.tree.expandAll()
    model = page.tree.model()
    delegate = page.tree.itemDelegate()
    bold = QFont(page.tree.font())
    bold.setPointSizeF(bold.pointSizeF() * 0.85)
    bold.setBold(True)

    def rows(parent: object = None) -> list[object]:
        from PySide6.QtCore import QModelIndex

        parent_index = parent if parent is not None else QModelIndex()
        found = []
        for row in range(model.rowCount(parent_index)):
            index = model.index(row, 0, parent_index)
            found.append(index)
            found.extend(rows(index))
        return found

    checked = 0
    for index in rows():
        rect = page.tree.visualRect(index)
        # The text is measured at exactly the width it is painted in.
        painted = rect.width() - delegate.badge_width(index) - TEXT_INSET - PADDING
        assert delegate._text_width(index) == max(120, painted)
        for label in delegate._badges(index):
            assert delegate.badge_width(index) >= QFontMetrics(bold).horizontalAdvance(label)
            checked += 1
    assert checked
    window.set_presenter_mode(False)


def test_the_toolbar_does_not_move_when_undo_has_something_to_say(
    qtbot: QtBot, db: Database, sample_id: int, paths: Paths
) -> None:
    from pmdesk.domain.edits import SetValue

    window = PostmortemWindow(db, sample_id, paths)
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.show()
    presenter = window.toolbar.widgetForAction(window.presenter_action)
    before = presenter.geometry()
    assert not window.undo_action.isEnabled()
    window.document.push(SetValue(window.document.postmortem, "title", "A much longer title"))
    assert window.undo_action.isEnabled()
    assert "Undo" in window.undo_action.toolTip()
    assert window.toolbar.widgetForAction(window.presenter_action).geometry() == before


def test_evidence_chips_end_with_an_ellipsis_when_cut(
    qtbot: QtBot, db: Database, sample_id: int, paths: Paths
) -> None:
    from pmdesk.ui.widgets.evidence_chips import EvidenceChip

    window = PostmortemWindow(db, sample_id, paths)
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.resize(1280, 800)
    window.show()
    window.steps.setCurrentRow(3)
    qtbot.wait(50)
    chips = whys_page(window).findChildren(EvidenceChip)
    assert chips
    for chip in chips:
        shown = chip.button.text()
        assert shown == chip.full_text or shown.endswith("…"), shown
        assert chip.button.fontMetrics().horizontalAdvance(shown) <= chip.button.width()
