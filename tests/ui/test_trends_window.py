"""The Trends window: charts of the hand-computed library, saved as PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from pmdesk.store import Database
from pmdesk.ui.trends_window import TrendsWindow
from pmdesk.ui.widgets.charts import ChartKind
from tests.unit.store.test_trends import TODAY, hand_computed  # noqa: F401 (a fixture)


@pytest.fixture
def window(qtbot: QtBot, hand_computed: Database) -> TrendsWindow:  # noqa: F811
    trends = TrendsWindow(hand_computed, today=lambda: TODAY)
    qtbot.addWidget(trends)
    trends.show()
    qtbot.waitExposed(trends)
    return trends


def test_the_charts_show_the_core_numbers(window: TrendsWindow) -> None:
    assert window.headline.text() == (
        "4 post-mortems from 2026-09 to 2026-11; 33% of the action items due were done "
        "by their due date."
    )
    severity = window.severity_chart.data
    assert severity.kind is ChartKind.STACKED_BARS
    assert list(severity.categories) == ["2026-09", "2026-10", "2026-11"]
    assert [(s.name, list(s.values)) for s in severity.series] == [
        ("SEV 1", [0, 0, 1]),
        ("SEV 2", [2, 0, 0]),
        ("Severity unknown", [0, 0, 1]),
    ]
    times = window.times_chart.data
    assert [list(s.values) for s in times.series] == [[21.0, None, 5.0], [75.0, None, None]]
    assert list(window.on_time_chart.data.series[0].values) == [0.5, None, 0.0]
    assert list(window.services_chart.data.categories) == ["checkout", "edge", "pgbouncer"]
    assert list(window.categories_chart.data.categories) == [
        "Configuration",
        "Capacity",
        "No category",
    ]


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_the_charts_are_saved_as_an_image(
    window: TrendsWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    # The name is typed without its extension; the file gets it.
    chosen = tmp_path / "trends"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(chosen), ""))
    button = window.save_png_button if kind == "png" else window.save_svg_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    written = tmp_path / f"trends.{kind}"
    assert written.exists()
    assert not list(tmp_path.glob("*.partial"))
    if kind == "png":
        image = QImage(str(written))
        assert image.width() == window.charts_area.width() * 2
    else:
        svg = written.read_text(encoding="utf-8")
        assert "<svg" in svg
        assert "Post-mortems per month, by severity" in svg
    assert window.statusBar().currentMessage() == f"Saved trends.{kind}"


def test_an_empty_library_says_what_will_appear(qtbot: QtBot, db: Database) -> None:
    trends = TrendsWindow(db, today=lambda: TODAY)
    qtbot.addWidget(trends)
    trends.show()
    assert trends.headline.text() == "No post-mortems yet: the trends appear with the first."
    trends.severity_chart.grab()  # paints the empty text without raising
