"""A real MkDocs site in a folder: build it, and read the why-chains back from its HTML."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from pmdesk.exporters._document import WhyView


def build_site(root: Path) -> Path:
    """`mkdocs build --strict` in `root` (which holds mkdocs.yml); the built site's folder."""
    site = root / "site"
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return site


def tree_depth(node: WhyView) -> int:
    """How many levels a why-chain has: the problem is level 1."""
    return 1 + max((tree_depth(child) for child in node.children), default=0)


class _ChainLists(HTMLParser):
    """The deepest list nesting under each "Chain N" heading, and what each level's
    items open with ("Problem:", "Why 1:", …)."""

    def __init__(self) -> None:
        super().__init__()
        self.depths: dict[str, int] = {}
        self.labels: dict[str, dict[int, set[str]]] = {}
        self._chain = ""
        self._in_heading = False
        self._heading = ""
        self._depth = 0
        self._in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2", "h3", "h4"):
            self._in_heading, self._heading, self._chain = True, "", ""
        elif tag == "ul" and self._chain:
            self._depth += 1
            self.depths[self._chain] = max(self.depths.get(self._chain, 0), self._depth)
        elif tag == "strong" and self._chain and self._depth:
            self._in_label = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3", "h4"):
            self._in_heading = False
            if self._heading.startswith("Chain "):
                self._chain = self._heading
        elif tag == "ul" and self._chain:
            self._depth -= 1
        elif tag == "strong":
            self._in_label = False

    def handle_data(self, data: str) -> None:
        if self._in_heading:
            self._heading += data
        elif self._in_label:
            levels = self.labels.setdefault(self._chain, {})
            levels.setdefault(self._depth, set()).add(data.strip())


def chain_lists(html: str) -> tuple[dict[str, int], dict[str, dict[int, set[str]]]]:
    """Per "Chain N" heading of a page: its list's deepest nesting, and the labels
    ("Problem:", "Why 2:") of the items at each depth."""
    parser = _ChainLists()
    parser.feed(html)
    return parser.depths, parser.labels
