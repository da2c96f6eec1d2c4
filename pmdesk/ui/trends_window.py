"""The Trends window: the library's trends as charts, saved as PNG or SVG.

The numbers come from the core (`pmdesk.store.trends`, as `pmdesk trends --json`);
this window only turns them into `ChartData` and draws them (see
`pmdesk.ui.widgets.charts` for why QPainter).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.followup import local_today
from pmdesk.errors import UserFacingError
from pmdesk.store.database import Database
from pmdesk.store.trends import UNCATEGORISED, UNKNOWN_SEVERITY, Trends, library_trends
from pmdesk.ui.category_names import category_name
from pmdesk.ui.errors import show_error
from pmdesk.ui.widgets.charts import (
    Chart,
    ChartData,
    ChartKind,
    Series,
    nice_maximum,
    paint_chart,
)

__all__ = ["TrendsWindow"]


class TrendsWindow(QMainWindow):
    """Five charts over the whole library."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = local_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trendsWindow")
        self.setWindowTitle(self.tr("Trends — pmdesk"))
        self.db = db
        self._today = today
        self._build_header()
        self._build_charts()
        self._lay_out()
        self._add_window_actions()
        self._restore_geometry()
        self._connect_signals()
        self.trends = library_trends(db, today())
        self.show_trends(self.trends)

    def _build_header(self) -> None:
        self.headline = QLabel(self)
        self.headline.setObjectName("trends_headline")
        self.headline.setWordWrap(True)
        self.save_png_button = QPushButton(self.tr("Save as &PNG…"), self)
        self.save_svg_button = QPushButton(self.tr("Save as &SVG…"), self)

    def _build_charts(self) -> None:
        self.charts_area = QWidget(self)
        self.charts_area.setObjectName("trends_charts")
        grid = QGridLayout(self.charts_area)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        empty = ChartData("", ChartKind.LINES, [], [])
        self.severity_chart = Chart(empty, self.charts_area)
        self.times_chart = Chart(empty, self.charts_area)
        self.on_time_chart = Chart(empty, self.charts_area)
        self.services_chart = Chart(empty, self.charts_area)
        self.categories_chart = Chart(empty, self.charts_area)
        grid.addWidget(self.severity_chart, 0, 0, 1, 2)
        grid.addWidget(self.times_chart, 1, 0)
        grid.addWidget(self.on_time_chart, 1, 1)
        grid.addWidget(self.services_chart, 2, 0)
        grid.addWidget(self.categories_chart, 2, 1)
        self.charts = [
            self.severity_chart,
            self.times_chart,
            self.on_time_chart,
            self.services_chart,
            self.categories_chart,
        ]

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.save_png_button)
        top.addWidget(self.save_svg_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.charts_area, 1)
        self.setCentralWidget(central)

    def _add_window_actions(self) -> None:
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("trendsWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 800)

    def _connect_signals(self) -> None:
        self.save_png_button.clicked.connect(lambda: self.save_as("png"))
        self.save_svg_button.clicked.connect(lambda: self.save_as("svg"))

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("trendsWindow/geometry", self.saveGeometry())
        super().closeEvent(event)

    def refresh(self) -> None:
        """Compute the trends again (F5)."""
        self.trends = library_trends(self.db, self._today())
        self.show_trends(self.trends)

    def show_trends(self, trends: Trends) -> None:
        share = trends.share_done_on_time
        count = sum(sum(c.values()) for c in trends.postmortems_by_severity.values())
        if not trends.months:
            self.headline.setText(self.tr("No post-mortems yet: the trends appear with the first."))
        else:
            done = (
                self.tr("no action item was due yet")
                if share is None
                else self.tr("{share} of the action items due were done by their due date").format(
                    share=f"{share:.0%}"
                )
            )
            self.headline.setText(
                self.tr("{count} post-mortems from {first} to {last}; {done}.").format(
                    count=count, first=trends.months[0], last=trends.months[-1], done=done
                )
            )
        self.severity_chart.set_data(
            ChartData(
                self.tr("Post-mortems per month, by severity"),
                ChartKind.STACKED_BARS,
                trends.months,
                [
                    Series(
                        self.tr("Severity unknown")
                        if severity == UNKNOWN_SEVERITY
                        else self.tr("SEV {n}").format(n=severity),
                        [trends.postmortems_by_severity[m].get(severity, 0) for m in trends.months],
                    )
                    for severity in trends.severities
                ],
                empty_text=self.tr("No post-mortems yet."),
            )
        )
        self.times_chart.set_data(
            ChartData(
                self.tr("Median time from impact to detection and to resolution"),
                ChartKind.LINES,
                trends.months,
                [
                    Series(
                        self.tr("Time to detect"),
                        [t.median_minutes_to_detect for t in trends.times],
                    ),
                    Series(
                        self.tr("Time to resolve"),
                        [t.median_minutes_to_resolve for t in trends.times],
                    ),
                ],
                value_text=self._minutes,
                # Past two hours the axis counts in round hours.
                axis_maximum=lambda top: (
                    nice_maximum(top) if top <= 120 else 60 * nice_maximum(top / 60)
                ),
                empty_text=self.tr(
                    "No timeline marks impact start with detection or resolution yet."
                ),
            )
        )
        self.on_time_chart.set_data(
            ChartData(
                self.tr("Action items done by their due date, by month due"),
                ChartKind.LINES,
                [a.month for a in trends.actions_due],
                [
                    Series(
                        self.tr("Done on time"),
                        [a.share_done_on_time if a.due else None for a in trends.actions_due],
                    )
                ],
                value_text=lambda share: f"{share:.0%}",
                empty_text=self.tr("No action item was due yet."),
                fixed_maximum=1.0,
            )
        )
        self.services_chart.set_data(
            ChartData(
                self.tr("Most frequent services"),
                ChartKind.RANKED_BARS,
                [name for name, _count in trends.top_services],
                [Series("", [count for _name, count in trends.top_services])],
                value_text=lambda value: f"{value:.0f}",
                empty_text=self.tr("No post-mortem names a service yet."),
            )
        )
        self.categories_chart.set_data(
            ChartData(
                self.tr("Most frequent root-cause categories"),
                ChartKind.RANKED_BARS,
                [
                    self.tr("No category") if name == UNCATEGORISED else category_name(name)
                    for name, _count in trends.top_root_cause_categories
                ],
                [Series("", [count for _name, count in trends.top_root_cause_categories])],
                value_text=lambda value: f"{value:.0f}",
                empty_text=self.tr("No root cause is marked yet."),
            )
        )

    def _minutes(self, minutes: float) -> str:
        if minutes < 120:
            return self.tr("{n} min").format(n=f"{minutes:.0f}")
        return self.tr("{n} h").format(n=f"{minutes / 60:.1f}")

    # -- saving -----------------------------------------------------------------------------
    def paint_charts(self, painter: QPainter) -> None:
        """Draw every chart where it is in the window (for PNG and SVG)."""
        for chart in self.charts:
            paint_chart(painter, QRectF(chart.geometry()), chart.data, chart.palette())

    def save_as(self, kind: str) -> Path | None:
        """Ask where, then write the charts as PNG or SVG; returns the file written."""
        name_filter = (
            self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save trends"), f"pmdesk-trends.{kind}", name_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        try:
            self.write_image(path, kind)
        except UserFacingError as exc:
            show_error(self, exc)
            return None
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=path.name), 5000)
        return path

    def write_image(self, path: Path, kind: str) -> None:
        """Write the charts to `path` as PNG (at twice the screen's pixels) or SVG.

        Raises:
            UserFacingError: the file could not be written.
        """
        size = self.charts_area.size()
        partial = path.with_name(f".{path.name}.partial")
        if kind == "svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(partial))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.tr("pmdesk trends"))
            painter = QPainter(generator)
            try:
                self.paint_charts(painter)
            finally:
                ok = painter.end()
        else:
            image = QImage(size * 2, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(2)
            image.fill(self.palette().color(self.backgroundRole()))
            painter = QPainter(image)
            try:
                self.paint_charts(painter)
            finally:
                painter.end()
            # The stubs want bytes for the format; PySide6 takes only a str.
            ok = image.save(str(partial), "PNG")  # type: ignore[call-overload]
        if not ok or not partial.exists():
            partial.unlink(missing_ok=True)
            raise UserFacingError(
                f"The trends could not be saved to {path}.",
                "Check that the folder exists and is writable, then try again.",
            )
        partial.replace(path)

    def sizeHint(self) -> QSize:
        return QSize(1100, 800)
