"""Publishing into a clone of the organisation's docs repository: a real git repository
made in the test, real commits, and the site built with MkDocs."""

from __future__ import annotations

import copy
import io
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from sqlalchemy.orm import Session

from pmdesk.cli import run
from pmdesk.domain.gates import GatesNotPassedError
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.errors import UserFacingError
from pmdesk.exporters._document import build_document
from pmdesk.exporters.repository import (
    RepositoryPublication,
    RepositoryTarget,
    publish_to_repository,
    render_index,
)
from pmdesk.models import Postmortem
from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.queries import find_postmortem
from pmdesk.store.sample import sample_file

from .git_repository import DOCS_AUTHOR, git, isolate_git, make_docs_repository, subjects
from .mkdocs_site import build_site, chain_lists, tree_depth

TITLE = "Checkout partially unavailable after a database failover"
FIRST_PAGE = "PM-0001-checkout-partially-unavailable-after-a-database-failover.md"
NEW_TITLE = "Checkout down: PgBouncer kept the old primary"
NEW_PAGE = "PM-0001-checkout-down-pgbouncer-kept-the-old-primary.md"
FOLDER = Path("docs") / "postmortems"


@pytest.fixture(autouse=True)
def _git_without_the_users_configuration(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_git(monkeypatch, tmp_path / "home")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_docs_repository(tmp_path / "handbook")


@pytest.fixture
def store(database: Database, sample_document: dict[str, Any]) -> Database:
    with database.transaction() as session:
        load_postmortem(session, copy.deepcopy(sample_document))
    return database


def publish_pm(
    db: Database,
    target: RepositoryTarget,
    *,
    edit: Callable[[Postmortem], None] | None = None,
    **options: Any,
) -> RepositoryPublication:
    """Publish PM-0001 in a transaction of its own, as the command and the app do."""
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        if edit is not None:
            edit(pm)
        return publish_to_repository(session, pm, target, **options)


def published_versions(db: Database) -> list[tuple[int, list[str]]]:
    with db.reading() as session:
        return [(p.version, p.formats) for p in find_postmortem(session, "PM-0001").publications]


def front_matter(path: Path) -> dict[str, Any]:
    match = re.match(r"^---\n(.*?)\n---\n", path.read_text(encoding="utf-8"), re.S)
    assert match, path
    data = yaml.safe_load(match.group(1))
    assert isinstance(data, dict)
    return data


def retitle(pm: Postmortem) -> None:
    pm.title = NEW_TITLE


def test_publishing_again_updates_the_same_page_and_the_index(store: Database, repo: Path) -> None:
    first = publish_pm(store, RepositoryTarget(repo))

    assert (first.page, first.branch, first.version) == (
        (FOLDER / FIRST_PAGE).as_posix(),
        "main",
        1,
    )
    page = repo / FOLDER / FIRST_PAGE
    front = front_matter(page)
    assert front["title"] == TITLE
    assert (front["key"], front["version"], front["status"]) == ("PM-0001", 1, "Published")
    assert front["authors"] == ["Alex Morgan"]

    second = publish_pm(store, RepositoryTarget(repo), edit=retitle)

    # One page, renamed with its history, holding version 2.
    pages = sorted(p.name for p in (repo / FOLDER).iterdir())
    assert pages == [NEW_PAGE, "index.md"]
    assert front_matter(repo / FOLDER / NEW_PAGE)["version"] == 2
    assert second.renamed_from == (FOLDER / FIRST_PAGE).as_posix()
    changes = git(repo, "show", "--name-status", "-M", "--format=", "HEAD").splitlines()
    renamed = rf"R\d+\t{FOLDER.as_posix()}/{FIRST_PAGE}\t{FOLDER.as_posix()}/{NEW_PAGE}"
    assert any(re.fullmatch(renamed, line) for line in changes), changes
    follow = git(repo, "log", "--follow", "--format=%s", "--", (FOLDER / NEW_PAGE).as_posix())
    assert follow.splitlines() == [
        f"Publish PM-0001 v2: {NEW_TITLE}",
        f"Publish PM-0001 v1: {TITLE}",
    ]

    index = (repo / FOLDER / "index.md").read_text(encoding="utf-8")
    assert index.count("| PM-0001 |") == 1
    assert f"[{NEW_TITLE}]({NEW_PAGE})" in index
    assert TITLE not in index

    assert subjects(repo) == [
        f"Publish PM-0001 v2: {NEW_TITLE}",
        f"Publish PM-0001 v1: {TITLE}",
        "Start the handbook",
    ]
    assert second.commit == git(repo, "rev-parse", "HEAD").strip()
    # The repository's own identity; nothing left behind.
    assert git(repo, "log", "-1", "--format=%an <%ae>").strip() == "{} <{}>".format(*DOCS_AUTHOR)
    assert git(repo, "status", "--porcelain") == ""
    assert published_versions(store) == [(1, ["md"]), (2, ["md"])]


def test_the_index_lists_every_published_post_mortem_newest_first(
    store: Database, repo: Path, sample_document: dict[str, Any]
) -> None:
    # Another machine published an older review into the same folder.
    older = json.loads(json.dumps(sample_document).replace("2026-10-1", "2026-09-1"))
    older["postmortem"].update(
        uuid="0b7c2d1e-1111-4a5b-8c9d-0e1f2a3b4c5d", key="PM-0002", title="Queue backlog"
    )
    with store.transaction() as session:
        load_postmortem(session, older)
    with store.transaction() as session:
        publish_to_repository(session, find_postmortem(session, "PM-0002"), RepositoryTarget(repo))

    publish_pm(store, RepositoryTarget(repo))

    index = (repo / FOLDER / "index.md").read_text(encoding="utf-8")
    rows = [line for line in index.splitlines() if line.startswith("| 2026")]
    assert rows == [
        f"| 2026-10-14 | PM-0001 | [{TITLE}]({FIRST_PAGE}) | 2 "
        "| checkout-api, postgres-main, pgbouncer |",
        "| 2026-09-14 | PM-0002 | [Queue backlog](PM-0002-queue-backlog.md) | 2 "
        "| checkout-api, postgres-main, pgbouncer |",
    ]


def test_the_index_links_only_the_pages_whatever_their_front_matter_says() -> None:
    hostile = {
        "key": "PM-0009",
        "uuid": "x",
        "date": "2026-01-02",
        "title": "Ends in a backslash \\",
        "severity": "<script>alert(1)</script>",
        "services": ["a|b", "[x](javascript:alert(1))"],
    }
    pages = [
        ("PM-0009-a.md", hostile),
        ("PM-0008-b.md", {"key": "PM-0008", "uuid": "y", "title": "![pixel](https://t.example/p)"}),
    ]

    html = markdown.markdown(render_index(pages), extensions=["tables", "meta"])

    assert re.findall(r'href="([^"]*)"', html) == ["PM-0009-a.md", "PM-0008-b.md"]
    assert "<script" not in html
    assert "<img" not in html
    assert html.count("<tr>") == 3
    assert ">Ends in a backslash \\</a>" in html


def test_mkdocs_builds_the_published_pages(store: Database, repo: Path) -> None:
    publish_pm(store, RepositoryTarget(repo))
    publish_pm(store, RepositoryTarget(repo), edit=retitle)

    site = build_site(repo)

    html = (site / "postmortems" / Path(NEW_PAGE).stem / "index.html").read_text(encoding="utf-8")
    # The front matter is the page's metadata, not text on the page.
    assert f"<title>{NEW_TITLE} - Handbook</title>" in html
    assert "uuid:" not in html
    depths, _labels = chain_lists(html)
    with store.reading() as session:
        chains = build_document(find_postmortem(session, "PM-0001")).why_chains
    assert depths == {f"Chain {n}": tree_depth(chain) for n, chain in enumerate(chains, 1)}
    assert max(depths.values()) == 4
    index = (site / "postmortems" / "index.html").read_text(encoding="utf-8")
    assert "<title>Post-mortems - Handbook</title>" in index
    assert f'href="{Path(NEW_PAGE).stem}/">{NEW_TITLE}</a>' in index


def test_public_profile_page_names_nobody(store: Database, repo: Path) -> None:
    def empty_summary(pm: Postmortem) -> None:
        pm.summary = ""

    publication = publish_pm(
        store,
        RepositoryTarget(repo),
        edit=empty_summary,
        profile=ExportProfile.PUBLIC,
        overrides={"*": "Priya Raman wants it out today"},
    )

    front = front_matter(repo / publication.page)
    assert front["profile"] == "public"
    assert "authors" not in front
    assert "facilitator" not in front
    assert "Priya" not in (repo / publication.page).read_text(encoding="utf-8")
    assert git(repo, "log", "-1", "--format=%b").strip().splitlines() == [
        "Written by pmdesk with the public profile.",
        "Gate overridden: required_parts",
    ]


def test_publishing_on_a_branch_leaves_main_alone(store: Database, repo: Path) -> None:
    publication = publish_pm(store, RepositoryTarget(repo, branch="postmortems"))
    git(repo, "checkout", "-q", "main")

    again = publish_pm(store, RepositoryTarget(repo, branch="postmortems"), edit=retitle)

    assert (publication.branch, again.branch) == ("postmortems", "postmortems")
    assert git(repo, "branch", "--show-current").strip() == "postmortems"
    assert subjects(repo, "main") == ["Start the handbook"]
    assert subjects(repo, "postmortems")[:2] == [
        f"Publish PM-0001 v2: {NEW_TITLE}",
        f"Publish PM-0001 v1: {TITLE}",
    ]


def test_a_branch_the_remote_has_is_continued(store: Database, repo: Path, tmp_path: Path) -> None:
    git(repo, "checkout", "-q", "-b", "postmortems")
    git(repo, "commit", "-q", "--allow-empty", "-m", "Post-mortems go here")
    git(repo, "checkout", "-q", "main")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(repo), str(clone))

    publish_pm(store, RepositoryTarget(clone, branch="postmortems"))

    assert subjects(clone, "postmortems") == [
        f"Publish PM-0001 v1: {TITLE}",
        "Post-mortems go here",
        "Start the handbook",
    ]
    upstream = git(clone, "rev-parse", "--abbrev-ref", "postmortems@{upstream}").strip()
    assert upstream == "origin/postmortems"
    # Nothing was pushed.
    assert subjects(repo, "postmortems")[0] == "Post-mortems go here"


def test_a_folder_of_ones_choice_and_only_it_is_committed(store: Database, repo: Path) -> None:
    # Work of the user's own elsewhere in the clone stays theirs: staged, not committed.
    (repo / "docs" / "index.md").write_text("# Handbook\n\nDraft.\n", encoding="utf-8")
    git(repo, "add", "docs/index.md")

    publication = publish_pm(store, RepositoryTarget(repo / "docs", folder="reviews"))

    assert publication.page == f"docs/reviews/{FIRST_PAGE}"
    committed = git(repo, "show", "--name-only", "--format=", "HEAD").split()
    assert committed == ["docs/reviews/" + FIRST_PAGE, "docs/reviews/index.md"]
    assert git(repo, "status", "--porcelain").splitlines() == ["M  docs/index.md"]


def test_from_a_folder_inside_the_clone_the_default_folder_is_the_sites(
    store: Database, repo: Path
) -> None:
    publication = publish_pm(store, RepositoryTarget(repo / "docs"))
    assert publication.page == f"docs/postmortems/{FIRST_PAGE}"


def test_without_a_configured_identity_pmdesk_commits(store: Database, tmp_path: Path) -> None:
    repo = make_docs_repository(tmp_path / "wiki", identity=None)

    publish_pm(store, RepositoryTarget(repo))

    assert git(repo, "log", "-1", "--format=%an <%ae>").strip() == "pmdesk <pmdesk@pmdesk.invalid>"
    # …without configuring itself in the repository.
    assert git_fails(repo, "config", "--get", "user.name")


def test_gates_are_checked_and_an_override_is_recorded(store: Database, repo: Path) -> None:
    def empty_summary(pm: Postmortem) -> None:
        pm.summary = ""

    with pytest.raises(GatesNotPassedError, match="Required parts are present"):
        publish_pm(store, RepositoryTarget(repo), edit=empty_summary)
    assert subjects(repo) == ["Start the handbook"]
    assert not (repo / FOLDER).exists()

    publish_pm(
        store, RepositoryTarget(repo), edit=empty_summary, overrides={"*": "Draft for the review"}
    )

    body = git(repo, "log", "-1", "--format=%b")
    assert "Gate overridden: required_parts (Draft for the review)" in body
    with store.reading() as session:
        (publication,) = find_postmortem(session, "PM-0001").publications
        assert publication.gate_overrides == [
            {"gate": "required_parts", "reason": "Draft for the review"}
        ]


def test_a_folder_that_is_no_repository_is_refused(store: Database, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(
        UserFacingError, match=r"plain is not the folder of a git repository\. Choose"
    ):
        publish_pm(store, RepositoryTarget(plain))
    assert list(plain.iterdir()) == []
    assert published_versions(store) == []


@pytest.mark.parametrize("change", ["edited", "untracked", "staged"])
def test_uncommitted_changes_in_the_folder_are_refused(
    store: Database, repo: Path, change: str
) -> None:
    publish_pm(store, RepositoryTarget(repo))
    page = repo / FOLDER / FIRST_PAGE
    if change == "untracked":
        (repo / FOLDER / "notes.md").write_text("# Notes\n", encoding="utf-8")
    else:
        page.write_text(page.read_text(encoding="utf-8") + "\nA note.\n", encoding="utf-8")
        if change == "staged":
            git(repo, "add", "--all")
    before = git(repo, "status", "--porcelain")

    with pytest.raises(UserFacingError, match=r"docs/postmortems in .* has changes that are not"):
        publish_pm(store, RepositoryTarget(repo), edit=retitle)

    assert git(repo, "status", "--porcelain") == before
    assert published_versions(store) == [(1, ["md"])]


def test_a_merge_in_progress_is_refused(store: Database, repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "other")
    (repo / "docs" / "index.md").write_text("# Handbook\n\nTheirs.\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Theirs")
    git(repo, "checkout", "-q", "main")
    (repo / "docs" / "index.md").write_text("# Handbook\n\nOurs.\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Ours")
    assert git_fails(repo, "merge", "other")

    with pytest.raises(UserFacingError, match=r"A merge is in progress in .*git merge --abort"):
        publish_pm(store, RepositoryTarget(repo))
    assert published_versions(store) == []


def git_fails(repo: Path, *args: str) -> bool:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True).returncode != 0


def test_a_detached_head_is_refused(store: Database, repo: Path) -> None:
    git(repo, "checkout", "-q", "--detach")
    with pytest.raises(UserFacingError, match="has no branch checked out"):
        publish_pm(store, RepositoryTarget(repo))


def test_the_sites_home_page_is_never_overwritten(store: Database, repo: Path) -> None:
    with pytest.raises(UserFacingError, match=r"docs/index\.md is a page of its own"):
        publish_pm(store, RepositoryTarget(repo, folder="docs"))
    assert git(repo, "status", "--porcelain") == ""


def test_a_refusing_hook_leaves_the_folder_as_it_was(store: Database, repo: Path) -> None:
    publish_pm(store, RepositoryTarget(repo))
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'markdownlint: MD013 line too long' >&2\nexit 1\n")
    hook.chmod(0o755)

    with pytest.raises(UserFacingError, match=r"git could not commit in .*MD013 line too long"):
        publish_pm(store, RepositoryTarget(repo), edit=retitle)

    assert git(repo, "status", "--porcelain") == ""
    assert sorted(p.name for p in (repo / FOLDER).iterdir()) == [FIRST_PAGE, "index.md"]
    assert published_versions(store) == [(1, ["md"])]


def test_pmdesk_publish_command(paths: Paths, repo: Path) -> None:
    db = open_database(paths.database_url)
    with db.transaction() as session:
        key = load_sample(session).key
    db.close()
    out, err = io.StringIO(), io.StringIO()
    argv = ["publish", key, "--repo", str(repo), "--branch", "reviews", "--dir", "docs/pm"]

    status = run([*argv, "--json"], paths=paths, stdout=out, stderr=err)

    assert (status, err.getvalue()) == (0, "")
    result = json.loads(out.getvalue())
    assert result["page"] == f"docs/pm/{FIRST_PAGE}"
    assert (result["branch"], result["version"]) == ("reviews", 1)
    assert result["commit"] == git(repo, "rev-parse", "reviews").strip()
    assert subjects(repo, "reviews")[0] == f"Publish PM-0001 v1: {TITLE}"

    out = io.StringIO()
    status = run(argv, paths=paths, stdout=out, stderr=err)
    assert status == 0
    commit = git(repo, "rev-parse", "--short=7", "reviews").strip()
    assert out.getvalue().splitlines() == [
        f"Published {key} version 2 to docs/pm/{FIRST_PAGE} in {repo} (branch reviews), "
        f"committed {commit}: Publish PM-0001 v2: {TITLE}",
        f"The commit is only in your clone; pushing it is up to you (git -C {repo} push).",
    ]


def load_sample(session: Session) -> Postmortem:
    document = json.loads(sample_file().read_text(encoding="utf-8"))
    pm, _created = load_postmortem(session, document)
    return pm


def test_pmdesk_publish_refuses_failing_gates(paths: Paths, repo: Path) -> None:
    db = open_database(paths.database_url)
    with db.transaction() as session:
        load_sample(session).summary = ""
    db.close()
    out, err = io.StringIO(), io.StringIO()

    status = run(["publish", "PM-0001", "--repo", str(repo)], paths=paths, stdout=out, stderr=err)

    assert status == 1
    assert "PM-0001 was not published: these gates fail." in err.getvalue()
    assert "The summary is empty." in err.getvalue()
    assert subjects(repo) == ["Start the handbook"]

    err = io.StringIO()
    missing = repo / "nope"
    status = run(
        ["publish", "PM-0001", "--repo", str(missing)], paths=paths, stdout=out, stderr=err
    )
    assert (status, err.getvalue()) == (
        2,
        f"pmdesk: There is no folder {missing}. Choose the folder of a clone.\n",
    )
