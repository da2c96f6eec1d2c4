"""The German translation covers the whole UI and is loaded when asked for."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from pmdesk.resources import resource_path
from pmdesk.ui.app import install_translations

CATALOGUE = resource_path("translations", "pmdesk_de.ts")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_string_in_the_code_has_a_german_translation(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    package = Path(__file__).resolve().parents[2] / "pmdesk"
    # The UI, and the core texts it shows (marked with pmdesk.domain.i18n).
    sources = sorted(
        str(p) for p in [*(package / "ui").rglob("*.py"), *(package / "domain").glob("*.py")]
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(CATALOGUE)
    missing = []
    for key in _messages(fresh):
        message = committed.get(key)
        translation = message.find("translation") if message is not None else None
        if (
            translation is None
            or not (translation.text or "").strip()
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
        ):
            missing.append(key)
    assert missing == [], "run 'make translations' and translate these"


def test_german_is_used_when_chosen(qapp: QApplication) -> None:
    before = QLocale()
    assert install_translations(qapp, "de") == "de"
    try:
        assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Einstellungen"
        # Numbers follow the language: 35,0 % in German.
        assert QLocale().toString(35.0, "f", 1) == "35,0"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Preferences"


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    assert install_translations(qapp, "en") == "en"
    assert install_translations(qapp, "fr") == "en"
