"""Lint underlines in table and tree cells sit under the words they concern."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pmdesk.lint import lint
from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.timeline_table_model import COLUMN_TEXT
from pmdesk.ui.lint_highlighter import CATEGORY_COLORS
from pmdesk.ui.lint_paint import paint_findings
from pmdesk.ui.steps.timeline_step import TimelineStep
from pmdesk.ui.text_paint import CellText

TEXT = "Priya obviously ignored the first alert."


def coloured_columns(image: QImage, rect: QRect, colour: str) -> set[int]:
    wanted = QColor(colour)
    found = set()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green()) < 60 and (
                abs(pixel.blue() - wanted.blue()) < 60
            ):
                found.add(x)
    return found


def test_the_wave_is_under_the_span_and_inside_the_cell(qapp: QApplication) -> None:
    font = qapp.font()
    rect = QRect(4, 4, 600, 24)
    image = QImage(610, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    findings = [f for f in lint(TEXT, lang="en") if f.category == "hindsight"]
    assert findings
    cell = CellText(TEXT, font, rect, wrap=False, alignment=Qt.AlignmentFlag.AlignVCenter)
    paint_findings(painter, cell, findings)
    painter.end()
    metrics = QFontMetrics(font)
    start = rect.left() + metrics.horizontalAdvance(TEXT[: findings[0].start])
    end = rect.left() + metrics.horizontalAdvance(TEXT[: findings[0].end])
    columns = coloured_columns(image, rect.adjusted(0, 0, 0, 4), CATEGORY_COLORS["hindsight"])
    assert columns
    assert min(columns) >= start - 1
    assert max(columns) <= end + 1
    assert max(columns) - min(columns) > (end - start) * 0.8


def test_timeline_cells_underline_blaming_text_and_respect_the_toggle(
    qtbot: QtBot, db: Database, sample_document: dict[str, Any]
) -> None:
    document_data = json.loads(json.dumps(sample_document))
    document_data["postmortem"]["timeline"][9]["text"] = TEXT
    with db.transaction() as session:
        postmortem_id = load_postmortem(session, document_data)[0].id
    document = PostmortemDocument(db, postmortem_id)
    page = TimelineStep(document)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    cell = page.table.visualRect(page.table.model().index(9, COLUMN_TEXT))
    colour = CATEGORY_COLORS["hindsight"]
    assert coloured_columns(page.table.viewport().grab().toImage(), cell, colour)
    document.underlines_visible = False
    page.table.viewport().update()
    assert not coloured_columns(page.table.viewport().grab().toImage(), cell, colour)
