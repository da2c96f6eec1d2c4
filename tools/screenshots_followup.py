"""Renders the follow-up windows to PNG files (run under Xvfb).

A library of a few hundred generated post-mortems (benchmarks/bench_followup.py) plus
the sample: the library's Actions button, the Actions window with its "did it work?"
question, the Trends window, and the sample's Action items step with the "Seen before"
panel; light and dark.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" python tools/screenshots_followup.py OUT
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyleFactory

from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.sample import sample_file
from pmdesk.ui.actions_window import ActionsWindow
from pmdesk.ui.app import create_application, install_translations, use_settings_folder
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.theme import dark_palette
from pmdesk.ui.trends_window import TrendsWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import save, settle


def _generator() -> object:
    bench = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_followup.py"
    spec = importlib.util.spec_from_file_location("bench_followup", bench)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate_library


def render(app: QApplication, paths: Paths, sample_id: int, output: Path, suffix: str) -> None:
    db = open_database(paths.database_url, backups_dir=paths.backups_dir)
    library = MainWindow(db, paths)
    library.resize(1100, 420)
    library.show()
    settle(app)
    save(library, output / f"library-actions{suffix}.png")

    actions = ActionsWindow(db)
    actions.resize(1280, 640)
    actions.show()
    settle(app)
    save(actions, output / f"actions{suffix}.png")

    trends = TrendsWindow(db)
    trends.resize(1280, 900)
    trends.show()
    settle(app)
    save(trends, output / f"trends{suffix}.png")

    window = PostmortemWindow(db, sample_id, paths)
    window.resize(1500, 900)
    window.show()
    window.go_to_location("action[0].title")
    settle(app, 60)
    save(window, output / f"seen-before{suffix}.png")
    for closing in (window, trends, actions, library):
        closing.close()
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
        db.close()
        _generator()(paths.database_url, 400)  # type: ignore[operator]
        db = open_database(paths.database_url, backups_dir=paths.backups_dir)
        with db.transaction() as session:
            sample, _created = load_postmortem(session, json.loads(sample_file().read_text()))
            session.flush()
            sample_id = sample.id
        db.close()
        render(app, paths, sample_id, output, "")
        app.setPalette(dark_palette())
        render(app, paths, sample_id, output, "-dark")
    return 0


if __name__ == "__main__":
    sys.exit(main())
