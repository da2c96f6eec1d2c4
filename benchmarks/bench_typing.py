"""Main-thread work per keystroke in the post-mortem window, on a 20,000-word post-mortem.

Types into the summary with live linting on and measures each keystroke's synchronous
work (key event, edit on the undo stack, re-highlighting the paragraph). The debounced
follow-ups (findings panel, step states, publish checklist, autosave) run once typing
pauses; their cost is printed separately. Target: ≤ 5 ms per keystroke.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_typing.py
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pmdesk.domain.flow import Step
from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.sample import sample_file
from pmdesk.ui.app import create_application, use_settings_folder
from pmdesk.ui.postmortem_window import PostmortemWindow

PARAGRAPH = (
    "At 09:41 the on-call engineer reloaded PgBouncer on app-03 after the dashboard showed "
    "connection errors from three hosts; the failover had completed 28 seconds earlier and "
    "replication lag was zero, so the team looked at the poolers next. "
)


def big_document(words: int) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(sample_file().read_text(encoding="utf-8"))
    pm = document["postmortem"]
    per_paragraph = len(PARAGRAPH.split())
    paragraphs = words // 2 // per_paragraph
    pm["summary"] = "\n\n".join(PARAGRAPH.strip() for _ in range(paragraphs))
    template = pm["timeline"][5]
    events = []
    for index in range(words // 2 // 13):  # about 13 words per event text
        event = dict(template)
        event["ref"] = f"e{index + 1}"
        event["occurred_at"] = (
            f"2026-10-14T{8 + index // 3600:02d}:{index // 60 % 60:02d}:{index % 60:02d}Z"
        )
        event["text"] = (
            f"Log line {index}: pool app-{index % 6} reports 42 waiting clients, p99 180 ms."
        )
        event["fingerprint"] = f"bench-{index}"
        event["key_moment"] = None
        events.append(event)
    pm["timeline"] = events
    pm["why_chains"] = [{**chain, "evidence": []} for chain in _strip_evidence(pm["why_chains"])]
    return document


def _strip_evidence(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {**node, "evidence": [], "children": _strip_evidence(node["children"])} for node in nodes
    ]


def count_words(document: dict[str, Any]) -> int:
    pm = document["postmortem"]
    texts = [pm["summary"], pm["customer_impact"]] + [e["text"] for e in pm["timeline"]]
    return sum(len(text.split()) for text in texts)


def main() -> None:
    app = create_application()
    with tempfile.TemporaryDirectory() as home:
        root = Path(home)
        paths = Paths(root / "data", root / "config", root / "logs")
        use_settings_folder(paths.config_dir)
        db = open_database(paths.database_url, backups_dir=paths.backups_dir)
        document = big_document(21_000)  # just over 20,000 words of text
        with db.transaction() as session:
            postmortem_id = load_postmortem(session, document)[0].id
        window = PostmortemWindow(db, postmortem_id, paths)
        window.show()
        app.processEvents()
        page = window.page_for[Step.INCIDENT]
        editor = page.summary_edit  # type: ignore[attr-defined]
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        app.processEvents()

        timings = []
        for character in "The pooler kept its old upstream address until it was reloaded. " * 3:
            started = time.perf_counter()
            QTest.keyClick(editor, character)
            app.processEvents()  # everything a keystroke triggers synchronously
            timings.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        window.refresh_findings()
        findings_ms = (time.perf_counter() - started) * 1000
        publish = window.page_for[Step.PUBLISH]
        started = time.perf_counter()
        publish.refresh()  # type: ignore[attr-defined]
        gates_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        window.document.save()
        save_ms = (time.perf_counter() - started) * 1000
        window.close()
        db.close()

    timings.sort()
    print(f"post-mortem size:        {count_words(document):,} words")
    print(f"keystrokes measured:     {len(timings)}")
    print(f"per keystroke, median:   {statistics.median(timings):6.2f} ms")
    print(
        f"per keystroke, p95:      {timings[int(len(timings) * 0.95)]:6.2f} ms   (target <= 5 ms)"
    )
    print(f"per keystroke, max:      {timings[-1]:6.2f} ms")
    print(
        f"after a pause: findings panel {findings_ms:.1f} ms, publish checklist {gates_ms:.1f} ms, "
        f"autosave {save_ms:.1f} ms"
    )
    _ = Qt


if __name__ == "__main__":
    main()
