"""Renders pmdesk's windows to PNG files (run under Xvfb: `make screenshots`).

Every step of the sample post-mortem, presenter mode, and the same in a dark
palette. PMDESK_LANGUAGE=de renders the German UI.

Usage: python tools/screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.sample import ensure_sample
from pmdesk.ui.app import create_application, install_translations, use_settings_folder
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.postmortem_window import STEPS, ZOOM_STEPS, PostmortemWindow
from pmdesk.ui.theme import dark_palette

SLUGS = ("incident", "trigger", "timeline", "whys", "actions", "lessons", "publish")


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, target: Path) -> None:
    widget.grab().save(str(target))
    print(f"wrote {target}")


def render(app: QApplication, db_paths: Paths, sample_id: int, output: Path, suffix: str) -> None:
    db = open_database(db_paths.database_url, backups_dir=db_paths.backups_dir)
    library = MainWindow(db, db_paths)
    library.resize(1100, 520)
    library.show()
    settle(app)
    save(library, output / f"library{suffix}.png")

    window = PostmortemWindow(db, sample_id, db_paths)
    window.resize(1440, 860)
    window.show()
    settle(app)
    for index, _info in enumerate(STEPS):
        window.steps.setCurrentRow(index)
        settle(app)
        save(window, output / f"step-{index}-{SLUGS[index]}{suffix}.png")
    window.set_presenter_mode(True)
    for index, _info in enumerate(STEPS):
        window.steps.setCurrentRow(index)
        settle(app)
        save(window, output / f"presenter-{index}-{SLUGS[index]}{suffix}.png")
    window.set_presenter_mode(False)
    # The largest zoom on a laptop-sized window: nothing may be cut off.
    window.resize(1280, 800)
    while window.zoom_index < len(ZOOM_STEPS) - 1:
        window.zoom(1)
    for index in (0, 2, 3):
        window.steps.setCurrentRow(index)
        settle(app)
        save(window, output / f"zoom-max-{index}-{SLUGS[index]}{suffix}.png")
    window.zoom(0)
    window.close()
    library.close()
    settle(app)
    db.close()


def main() -> int:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    app = create_application()
    app.setStyle(QStyleFactory.create("Fusion"))
    install_translations(app, os.environ.get("PMDESK_LANGUAGE", "en"))
    with tempfile.TemporaryDirectory() as home:
        root = Path(home)
        paths = Paths(root / "data", root / "config", root / "logs")
        use_settings_folder(paths.config_dir)
        db = open_database(paths.database_url, backups_dir=paths.backups_dir)
        with db.transaction() as session:
            sample = ensure_sample(session)
            assert sample is not None
            sample_id = sample.id
        db.close()
        render(app, paths, sample_id, output, "")
        app.setPalette(dark_palette())
        render(app, paths, sample_id, output, "-dark")
    return 0


if __name__ == "__main__":
    sys.exit(main())
