"""The library's trends as inline SVG charts, for the static site (no Qt, no script).

The same four questions as the Trends window (`store.trends`): post-mortems per month
by severity, median minutes to detect and to resolve, the share of actions done by
their due date, and the services and root-cause categories named most often. Each
chart is one `<svg>` element with a `<title>` and the numbers as a table beside it,
so the page reads without the pictures too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from pmdesk.store.trends import UNKNOWN_SEVERITY, Trends

__all__ = ["Chart", "trend_charts"]

WIDTH = 720
HEIGHT = 240
MARGIN_LEFT = 48
MARGIN_BOTTOM = 36
MARGIN_TOP = 12
# Room for half the last month's label.
MARGIN_RIGHT = 28
PLOT_WIDTH = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
# Severity 1 (worst) is the darkest; "unknown" is grey.
SEVERITY_COLOURS = {
    "1": "#8c1c13",
    "2": "#bf4342",
    "3": "#e07a5f",
    "4": "#f2cc8f",
    "5": "#81b29a",
    UNKNOWN_SEVERITY: "#9aa0a6",
}
LINE_COLOURS = ("#2f5d8a", "#c0392b")


@dataclass(frozen=True)
class Chart:
    """One chart: its heading, the SVG markup, and the numbers as table rows."""

    id: str
    title: str
    svg: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _frame(title: str, body: list[str], height: int = HEIGHT) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" class="chart"><title>{escape(title)}</title>{"".join(body)}</svg>'
    )


def _axis(top: float, labels: Sequence[str], plot_height: float, unit: str = "") -> list[str]:
    """The value axis (0 and the top value) and the month labels below the plot."""
    bottom = MARGIN_TOP + plot_height
    parts = [
        f'<line class="axis" x1="{MARGIN_LEFT}" y1="{bottom}" '
        f'x2="{MARGIN_LEFT + PLOT_WIDTH}" y2="{bottom}"/>',
        f'<text class="tick" x="{MARGIN_LEFT - 6}" y="{bottom}" text-anchor="end">0</text>',
        f'<text class="tick" x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + 10}" text-anchor="end">'
        f"{escape(_number(top))}{unit}</text>",
    ]
    step = PLOT_WIDTH / max(len(labels), 1)
    # At most about twelve labels, so that they never overlap.
    every = max(1, round(len(labels) / 12))
    for index, label in enumerate(labels):
        if index % every == 0:
            x = MARGIN_LEFT + step * (index + 0.5)
            parts.append(
                f'<text class="tick" x="{x:.1f}" y="{bottom + 18}" text-anchor="middle">'
                f"{escape(label)}</text>"
            )
    return parts


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _severity_chart(trends: Trends) -> Chart:
    title = "Post-mortems per month, by severity"
    totals = [sum(trends.postmortems_by_severity[m].values()) for m in trends.months]
    top = max(totals, default=0) or 1
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    step = PLOT_WIDTH / max(len(trends.months), 1)
    body = _axis(top, trends.months, plot_height)
    for index, month in enumerate(trends.months):
        y: float = MARGIN_TOP + plot_height
        for severity in trends.severities:
            count = trends.postmortems_by_severity[month].get(severity, 0)
            if not count:
                continue
            height = plot_height * count / top
            y -= height
            colour = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS[UNKNOWN_SEVERITY])
            body.append(
                f'<rect x="{MARGIN_LEFT + step * index + step * 0.15:.1f}" y="{y:.1f}" '
                f'width="{step * 0.7:.1f}" height="{height:.1f}" fill="{colour}">'
                f"<title>{escape(month)}: {count} × {escape(_severity_name(severity))}</title>"
                "</rect>"
            )
    legend = [
        # Classes, not style attributes: the site's policy allows its style sheet only.
        f'<span class="swatch sev-{escape(s)}"></span>' + escape(_severity_name(s))
        for s in trends.severities
    ]
    return Chart(
        "severity",
        title,
        _frame(title, body) + f'<p class="legend">{" ".join(legend)}</p>',
        ("Month", *(_severity_name(s) for s in trends.severities), "Total"),
        tuple(
            (
                month,
                *(str(trends.postmortems_by_severity[month].get(s, 0)) for s in trends.severities),
                str(total),
            )
            for month, total in zip(trends.months, totals, strict=True)
        ),
    )


def _severity_name(severity: str) -> str:
    return "Unknown severity" if severity == UNKNOWN_SEVERITY else f"SEV {severity}"


def _line_chart(
    title: str,
    months: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    unit: str = "",
    top: float | None = None,
) -> str:
    values = [v for _name, points in series for v in points if v is not None]
    top = top if top is not None else max(values, default=0) or 1
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    step = PLOT_WIDTH / max(len(months), 1)
    body = _axis(top, months, plot_height, unit)
    if not values:
        body.append(
            f'<text class="tick" x="{MARGIN_LEFT + PLOT_WIDTH / 2}" y="{HEIGHT / 2}" '
            'text-anchor="middle">No post-mortem marks these moments yet.</text>'
        )
    for (name, points), colour in zip(series, LINE_COLOURS, strict=False):
        # A month without a value breaks the line rather than drawing it as zero.
        segment: list[str] = []
        for index, value in enumerate([*points, None]):
            if value is None:
                if segment:
                    body.append(
                        f'<polyline class="line" fill="none" stroke="{colour}" '
                        f'points="{" ".join(segment)}"/>'
                    )
                segment = []
                continue
            x = MARGIN_LEFT + step * (index + 0.5)
            y = MARGIN_TOP + plot_height * (1 - value / top)
            segment.append(f"{x:.1f},{y:.1f}")
            body.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}">'
                f"<title>{escape(months[index])}: {escape(name)} {_number(value)}{unit}</title>"
                "</circle>"
            )
    legend = [
        f'<span class="swatch line-{index}"></span>{escape(name)}'
        for index, (name, _points) in enumerate(series)
        if name
    ]
    svg = _frame(title, body)
    return svg + (f'<p class="legend">{" ".join(legend)}</p>' if legend else "")


def _bar_list(title: str, items: Sequence[tuple[str, int]]) -> str:
    """Horizontal bars, one per name, most first."""
    row = 26
    height = max(len(items), 1) * row + 8
    top = max((count for _name, count in items), default=0) or 1
    label_width = 200
    body: list[str] = []
    for index, (name, count) in enumerate(items):
        y = 4 + index * row
        width = (WIDTH - label_width - 60) * count / top
        body.append(
            f'<text class="tick" x="{label_width - 8}" y="{y + 17}" text-anchor="end">'
            f"{escape(name)}</text>"
            f'<rect x="{label_width}" y="{y + 4}" width="{width:.1f}" height="{row - 8}" '
            f'fill="#2f5d8a"/>'
            f'<text class="tick" x="{label_width + width + 6:.1f}" y="{y + 17}">{count}</text>'
        )
    return _frame(title, body, height)


def trend_charts(trends: Trends) -> list[Chart]:
    """The charts of the Trends window, as SVG; none when the library is empty."""
    if not trends.months:
        return []
    detect = [t.median_minutes_to_detect for t in trends.times]
    resolve = [t.median_minutes_to_resolve for t in trends.times]
    times_title = "Median minutes from impact start to detection and to resolution"
    share_months = [a.month for a in trends.actions_due]
    shares = [round(a.share_done_on_time * 100, 1) if a.due else None for a in trends.actions_due]
    share_title = "Action items done by their due date (share of those due that month)"
    charts = [
        _severity_chart(trends),
        Chart(
            "times",
            times_title,
            _line_chart(
                times_title,
                trends.months,
                [("Time to detect", detect), ("Time to resolve", resolve)],
                " min",
            ),
            ("Month", "Median minutes to detect", "Median minutes to resolve"),
            tuple(
                (
                    t.month,
                    _optional(t.median_minutes_to_detect),
                    _optional(t.median_minutes_to_resolve),
                )
                for t in trends.times
            ),
        ),
    ]
    if trends.actions_due:
        charts.append(
            Chart(
                "actions",
                share_title,
                _line_chart(share_title, share_months, [("", shares)], " %", 100),
                ("Month", "Due", "Done on time"),
                tuple((a.month, str(a.due), str(a.done_on_time)) for a in trends.actions_due),
            )
        )
    for chart_id, title, items in (
        ("services", "Services named most often", trends.top_services),
        ("categories", "Root-cause categories named most often", trends.top_root_cause_categories),
    ):
        if items:
            charts.append(
                Chart(
                    chart_id,
                    title,
                    _bar_list(title, items),
                    ("Name", "Post-mortems" if chart_id == "services" else "Root causes"),
                    tuple((name, str(count)) for name, count in items),
                )
            )
    return charts


def _optional(value: float | None) -> str:
    return "—" if value is None else _number(value)
