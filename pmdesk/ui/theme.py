"""Light and dark: the palettes pmdesk uses, and colours that stay readable on both.

A facilitator may force light for screen sharing (`theme` in preferences.json:
"system", "light" or "dark"). Colours drawn by pmdesk itself (lint underlines,
root-cause badges, prompts) are adjusted to the palette they are drawn on, so that
text keeps WCAG AA contrast (4.5:1) and marks keep 3:1.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

__all__ = [
    "MARK_CONTRAST",
    "THEMES",
    "apply_theme",
    "contrast_ratio",
    "dark_palette",
    "is_dark",
    "light_palette",
    "readable_on",
]

THEMES = ("system", "light", "dark")
TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0

_DARK = {
    QPalette.ColorRole.Window: "#1f2328",
    QPalette.ColorRole.WindowText: "#e6edf3",
    QPalette.ColorRole.Base: "#161b22",
    QPalette.ColorRole.AlternateBase: "#1c2128",
    QPalette.ColorRole.Text: "#e6edf3",
    QPalette.ColorRole.Button: "#2d333b",
    QPalette.ColorRole.ButtonText: "#e6edf3",
    QPalette.ColorRole.Highlight: "#1f6feb",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2d333b",
    QPalette.ColorRole.ToolTipText: "#e6edf3",
    QPalette.ColorRole.PlaceholderText: "#9da7b3",
    QPalette.ColorRole.Link: "#58a6ff",
    QPalette.ColorRole.Mid: "#545d68",
    QPalette.ColorRole.Light: "#3d444d",
    QPalette.ColorRole.Dark: "#0d1117",
}
_DARK_DISABLED = "#8b949e"

_LIGHT = {
    QPalette.ColorRole.Window: "#f6f7f9",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f3f4f6",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#eceef1",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: "#1d4ed8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#636c76",
    QPalette.ColorRole.Link: "#0b57d0",
    QPalette.ColorRole.Mid: "#b5bcc5",
}
_LIGHT_DISABLED = "#6e7781"


def _palette(colors: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK, _DARK_DISABLED)


def light_palette() -> QPalette:
    return _palette(_LIGHT, _LIGHT_DISABLED)


def apply_theme(theme: str) -> str:
    """Use `theme` for the whole app; returns "light" or "dark", whichever is shown.

    "system" leaves the platform's own style and palette alone.
    """
    if theme not in ("light", "dark"):
        scheme = QGuiApplication.styleHints().colorScheme()
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return theme
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(dark_palette() if theme == "dark" else light_palette())
    return theme


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(color: QColor | str, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """`color`, made lighter or darker (keeping its hue) until it reaches `minimum`
    contrast against `background`."""
    result = QColor(color)
    towards_light = background.lightness() < 128
    for _step in range(40):
        if contrast_ratio(result, background) >= minimum:
            return result
        lightness = result.lightnessF()
        lightness = min(1.0, lightness + 0.03) if towards_light else max(0.0, lightness - 0.03)
        result = QColor.fromHslF(
            max(result.hslHueF(), 0.0), result.hslSaturationF(), lightness, result.alphaF()
        )
    return result
