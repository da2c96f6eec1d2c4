"""Renders pmdesk's windows to PNG files (run under Xvfb: `make screenshots`).

Usage: python tools/screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.sample import ensure_sample
from pmdesk.ui.app import create_application
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.postmortem_window import PostmortemWindow


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, target: Path) -> None:
    widget.grab().save(str(target))
    print(f"wrote {target}")


def main() -> int:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as home:
        root = Path(home)
        paths = Paths(root / "data", root / "config", root / "logs")
        db = open_database(paths.database_url, backups_dir=paths.backups_dir)
        with db.transaction() as session:
            sample = ensure_sample(session)
            assert sample is not None
            sample_id = sample.id
        library = MainWindow(db, paths)
        library.resize(1100, 560)
        library.show()
        settle(app)
        save(library, output / "library.png")

        window = PostmortemWindow(db, sample_id, paths)
        window.resize(1280, 800)
        window.show()
        settle(app)
        for index in range(window.steps.count()):
            window.steps.setCurrentRow(index)
            settle(app)
            save(window, output / f"step-{index}.png")
        window.close()
        library.close()
        db.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
