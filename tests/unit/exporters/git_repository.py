"""A real git repository of an organisation's docs (an MkDocs site), made in a test."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

DOCS_AUTHOR = ("Docs Writer", "docs@example.org")


def isolate_git(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """git as on a machine with no identity configured but the repositories' own: the
    user's and the system's git configuration are not read."""
    home.mkdir(parents=True, exist_ok=True)
    empty = home / "gitconfig"
    empty.touch()
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for variable in (
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "EMAIL",
    ):
        monkeypatch.delenv(variable, raising=False)


def git(repo: Path, *args: str) -> str:
    completed = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def make_docs_repository(repo: Path, *, identity: tuple[str, str] | None = DOCS_AUTHOR) -> Path:
    """An MkDocs handbook with one commit on "main"; `identity` configured in it."""
    repo.mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    if identity is not None:
        git(repo, "config", "user.name", identity[0])
        git(repo, "config", "user.email", identity[1])
    (repo / "mkdocs.yml").write_text("site_name: Handbook\n", encoding="utf-8")
    (repo / "docs").mkdir()
    (repo / "docs" / "index.md").write_text("# Handbook\n\nHow we work.\n", encoding="utf-8")
    (repo / ".gitignore").write_text("site/\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(
        repo,
        "-c", "user.name=Founder", "-c", "user.email=founder@example.org",
        "commit", "-q", "-m", "Start the handbook",
    )  # fmt: skip
    return repo


def subjects(repo: Path, ref: str = "HEAD") -> list[str]:
    """The commit subjects on `ref`, newest first."""
    return git(repo, "log", "--format=%s", ref).splitlines()
