"""The Markdown export as MkDocs (Python-Markdown) renders it: why-chains keep their depth."""

from __future__ import annotations

from pathlib import Path

from pmdesk.exporters import export_markdown
from pmdesk.exporters._document import build_document
from pmdesk.models import Postmortem

from .mkdocs_site import build_site, chain_lists, tree_depth


def test_why_chains_keep_their_depth_in_mkdocs(sample_pm: Postmortem, tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: Reviews\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "failover.md"
    page.write_text(export_markdown(sample_pm), encoding="utf-8")

    site = build_site(tmp_path)

    html = (site / "failover" / "index.html").read_text(encoding="utf-8")
    depths, labels = chain_lists(html)
    chains = build_document(sample_pm).why_chains
    assert depths == {
        f"Chain {number}": tree_depth(chain) for number, chain in enumerate(chains, 1)
    }
    assert depths["Chain 1"] == 4
    assert labels["Chain 1"] == {
        1: {"Problem:"},
        2: {"Why 1:"},
        3: {"Why 2:"},
        4: {"Why 3:"},
    }
