"""Docs-as-code publishing: the post-mortem as a page in a clone of the organisation's
docs or wiki repository (MkDocs, Hugo, Docusaurus, a GitLab or GitHub wiki), committed.

`publish_to_repository` checks the publish gates like `pmdesk export` does, writes the
Markdown export (front matter, export profile and redaction exactly as `export_markdown`
makes them) into a folder of a local clone, regenerates the folder's index of published
post-mortems from the front matter of the pages in it (so it is right whoever published
the others, from whichever machine), commits both with the git command line and records
the publication. It never pushes: sending the commit on is the user's step.

The Markdown export refers to no other files (it loses its images, see
`pmdesk.exporters.markdown`), so there are no assets to copy: a publication is the page
and the index.

A page is named by the key and a slug of the title ("PM-0007-checkout-down.md") and found
again by the UUID in its front matter: a new version replaces the same page, and a
changed title renames it with `git mv`, so its history stays with it.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from sqlalchemy.orm import Session

from pmdesk.archive._blocks import split_front_matter
from pmdesk.domain.gates import check_gates, resolve_overrides
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.errors import UserFacingError
from pmdesk.exporters.export import file_slug
from pmdesk.exporters.html import content_hash
from pmdesk.exporters.markdown import _cell, _link_target, export_markdown
from pmdesk.exporters.pdf import write_atomically
from pmdesk.models import Postmortem
from pmdesk.store.publications import next_publication_version, publish

log = logging.getLogger(__name__)

__all__ = [
    "RepositoryPublication",
    "RepositoryTarget",
    "default_folder",
    "publish_to_repository",
    "render_index",
]

# Committer when the repository and the user configure none (git would refuse).
FALLBACK_IDENTITY = {"user.name": "pmdesk", "user.email": "pmdesk@pmdesk.invalid"}
# Marks the index as pmdesk's own, so it never overwrites a page someone wrote.
INDEX_GENERATOR = "pmdesk"
INDEX_TITLE = "Post-mortems"
# git operations that leave the repository half-way; publishing waits until they end.
_OPERATIONS_IN_PROGRESS = (
    ("MERGE_HEAD", "A merge", "git merge --abort"),
    ("rebase-merge", "A rebase", "git rebase --abort"),
    ("rebase-apply", "A rebase", "git rebase --abort"),
    ("CHERRY_PICK_HEAD", "A cherry-pick", "git cherry-pick --abort"),
    ("REVERT_HEAD", "A revert", "git revert --abort"),
)
# Where each kind of site keeps its pages, and what its folder index is called (Hugo
# and Zola: "_index.md"; an "index.md" would hide the other pages of the folder).
_SITE_KINDS = (
    (("mkdocs.yml", "mkdocs.yaml"), "docs/postmortems", "index.md"),
    (("hugo.toml", "hugo.yaml", "hugo.json", "config.toml"), "content/postmortems", "_index.md"),
    (
        ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"),
        "docs/postmortems",
        "index.md",
    ),
)
_WIKI_FOLDER = "postmortems"
# A repository's own environment must not redirect git to another one (pmdesk run from
# a git hook has these set).
_GIT_LOCATION_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX")


@dataclass(frozen=True)
class RepositoryTarget:
    """Where to publish.

    Attributes:
        repository: a folder of the local clone (its top or any folder in it).
        branch: the branch to commit on, checked out (or created) first; "" keeps the
            branch that is checked out.
        folder: the folder for the post-mortems, relative to `repository`; "" picks
            the usual one for the kind of site (`default_folder`).
    """

    repository: Path
    branch: str = ""
    folder: str = ""


@dataclass(frozen=True)
class RepositoryPublication:
    """What publishing to a repository did; paths are relative to the repository's top."""

    key: str
    version: int
    profile: str
    repository: Path
    branch: str
    page: str
    index: str
    commit: str
    message: str
    renamed_from: str = ""
    gate_overrides: tuple[tuple[str, str], ...] = ()

    @property
    def short_commit(self) -> str:
        return self.commit[:7]


def default_folder(repository: Path) -> str:
    """The folder for post-mortems in the repository whose top is `repository`, by the
    kind of site it builds."""
    return _site_kind(repository)[0]


def _site_kind(root: Path) -> tuple[str, str]:
    for markers, folder, index in _SITE_KINDS:
        if any((root / marker).is_file() for marker in markers):
            return folder, index
    return _WIKI_FOLDER, "index.md"


def publish_to_repository(
    session: Session,
    pm: Postmortem,
    target: RepositoryTarget,
    *,
    profile: ExportProfile = ExportProfile.INTERNAL,
    overrides: Mapping[str, str] | None = None,
    generated_at: datetime | None = None,
) -> RepositoryPublication:
    """Publish `pm` into the repository of `target` and record the publication.

    The commit is made last, after the publication is recorded in `session`: if git
    refuses (a hook, a full disk), the folder is put back as it was and the error
    rolls the record back with the caller's transaction.

    Args:
        overrides: gate id (or "*") → reason, as for `domain.gates.resolve_overrides`.

    Raises:
        UserFacingError: the folder is no git work tree, has uncommitted changes in the
            post-mortems' folder, is in the middle of a merge, or git failed.
        GatesNotPassedError: a gate fails and is not overridden.
    """
    repository = _Repository.open(target.repository)
    folder, index_name = repository.folder(target.repository, target.folder)
    repository.refuse_unfinished_work(folder)
    records = resolve_overrides(check_gates(pm, profile=profile), overrides or {})
    branch = repository.switch_to(target.branch) if target.branch else repository.branch()
    # On the branch published to: its folder may hold other pages than the one checked out.
    _refuse_foreign_index(repository.root, folder, index_name)

    version = next_publication_version(session, pm)
    text = export_markdown(
        pm,
        profile=profile,
        version=version,
        generated_at=generated_at or datetime.now(UTC).replace(microsecond=0),
        is_publication=True,
    )
    front = _front_matter(text) or {}
    title = " ".join(str(front.get("title", "")).split())
    key = " ".join(str(front.get("key") or pm.key).split())
    publish(
        session,
        pm,
        formats=["md"],
        profile=profile.value,
        content_hash=content_hash(text),
        overrides=records,
    )
    # From the title as the profile shows it: a public page's name must not say more.
    page_name = _page_name(key, title)
    subject = f"Publish {key} v{version}: {title}"
    body = [f"Written by pmdesk with the {profile.value} profile."]
    # A reason may name people: the public version's history names the gates only.
    body += [
        f"Gate overridden: {r['gate']}"
        + (f" ({' '.join(r['reason'].split())})" if profile is ExportProfile.INTERNAL else "")
        for r in records
    ]
    try:
        renamed_from = _write_page(repository, folder, page_name, pm.uuid, text)
        index_text = render_index(_published_pages(repository.root / folder, index_name))
        _write_index(repository, folder, index_name, index_text)
        page = (folder / page_name).as_posix()
        if renamed_from:
            body.append(f"Renamed from {renamed_from}.")
        commit = repository.commit(folder, subject, "\n".join(body))
    except BaseException:
        repository.restore(folder)
        raise
    log.info("Published %s v%s to %s at %s", pm.key, version, repository.root, commit)
    return RepositoryPublication(
        key=pm.key,
        version=version,
        profile=profile.value,
        repository=repository.root,
        branch=branch,
        page=page,
        index=(folder / index_name).as_posix(),
        commit=commit,
        message=subject,
        renamed_from=renamed_from,
        gate_overrides=tuple((r["gate"], r["reason"]) for r in records),
    )


def _page_name(key: str, title: str) -> str:
    stem = "-".join(part for part in (file_slug(key), file_slug(title).lower()) if part)
    return f"{stem or 'postmortem'}.md"


def _front_matter(text: str) -> dict[str, Any] | None:
    yaml_text, _body = split_front_matter(text)
    if not yaml_text:
        return None
    try:
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


def _pages(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The Markdown pages of `folder` (not its subfolders) with pmdesk's front matter."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.md")):
        try:
            front = _front_matter(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        if front and front.get("uuid") and (front.get("key") or front.get("id")):
            found.append((path, front))
    return found


def _write_page(
    repository: _Repository, folder: PurePosixPath, name: str, uuid: str, text: str
) -> str:
    """Write the page, renaming its earlier page (found by `uuid`) with `git mv`; the
    earlier page's path when it was renamed, else ""."""
    absolute = repository.root / folder
    earlier = [path for path, front in _pages(absolute) if str(front.get("uuid")) == uuid]
    target = absolute / name
    if target.exists() and target not in earlier:
        raise UserFacingError(
            f"{(folder / name).as_posix()} already holds another post-mortem.",
            "Rename or remove that page, then publish again.",
        )
    renamed_from = ""
    if earlier and target not in earlier:
        renamed_from = (folder / earlier.pop(0).name).as_posix()
        repository.git("mv", "--", renamed_from, (folder / name).as_posix(), doing="rename")
    # Copies of the page (someone copied it by hand) would be listed twice.
    for duplicate in (path for path in earlier if path != target):
        repository.git("rm", "-q", "--", (folder / duplicate.name).as_posix(), doing="remove")
    absolute.mkdir(parents=True, exist_ok=True)
    write_atomically(target, text.encode("utf-8"))
    repository.git("add", "--", (folder / name).as_posix(), doing="add")
    return renamed_from


def _published_pages(folder: Path, index_name: str) -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, front) for path, front in _pages(folder) if path.name != index_name]


def _refuse_foreign_index(root: Path, folder: PurePosixPath, index_name: str) -> None:
    """The index is regenerated whole: refuse to overwrite a page someone wrote there
    (the site's home page, when the folder is the docs folder itself)."""
    path = root / folder / index_name
    if not path.exists():
        return
    front = _front_matter(path.read_text(encoding="utf-8", errors="replace")) or {}
    if front.get("generator") != INDEX_GENERATOR:
        raise UserFacingError(
            f"{(folder / index_name).as_posix()} is a page of its own, not pmdesk's index "
            "of post-mortems.",
            "Choose a folder of their own for the post-mortems.",
        )


def _write_index(
    repository: _Repository, folder: PurePosixPath, index_name: str, text: str
) -> None:
    write_atomically(repository.root / folder / index_name, text.encode("utf-8"))
    repository.git("add", "--", (folder / index_name).as_posix(), doing="add")


def render_index(pages: Sequence[tuple[str, Mapping[str, Any]]]) -> str:
    """The index of published post-mortems, newest first, from the pages' file names
    and front matter."""

    def newest_first(page: tuple[str, Mapping[str, Any]]) -> tuple[bool, str, str]:
        front = page[1]
        date = str(front.get("date") or "")
        return (bool(date), date, str(front.get("key") or front.get("id") or ""))

    rows = []
    for name, front in sorted(pages, key=newest_first, reverse=True):
        key = front.get("key") or front.get("id") or ""
        title = _index_cell(front.get("title") or key)
        services = front.get("services")
        services_text = ", ".join(map(str, services)) if isinstance(services, list) else ""
        rows.append(
            f"| {_index_cell(front.get('date') or '—')} | {_index_cell(key)} "
            f"| [{title}]({_link_target(name)}) | {_index_cell(front.get('severity') or '—')} "
            f"| {_index_cell(services_text)} |"
        )
    header = yaml.safe_dump(
        {"title": INDEX_TITLE, "generator": INDEX_GENERATOR}, sort_keys=False, allow_unicode=True
    )
    lines = [
        f"---\n{header}---",
        "",
        f"# {INDEX_TITLE}",
        "",
        "Published post-mortems, newest first. pmdesk writes this page from the pages in "
        "this folder whenever it publishes one; changes made here by hand are replaced.",
        "",
    ]
    if rows:
        lines += ["| Date | Key | Post-mortem | Severity | Services |", "| --- " * 5 + "|", *rows]
    else:
        lines.append("_None published yet._")
    return "\n".join(lines) + "\n"


def _index_cell(value: object) -> str:
    """A table cell from another page's front matter: no links, images or HTML."""
    text = _cell(str(value))
    out: list[str] = []
    index = 0
    while index < len(text):
        if text[index] == "\\":  # escaped already: kept as it is; a last one doubled
            out.append(text[index : index + 2] if index + 1 < len(text) else "\\\\")
            index += 2
            continue
        out.append("\\" + text[index] if text[index] in "[]" else text[index])
        index += 1
    return "".join(out)


class _Repository:
    """A git work tree, driven through the git command line (argument lists, no shell)."""

    def __init__(self, git: str, root: Path) -> None:
        self.executable = git
        self.root = root

    @classmethod
    def open(cls, path: Path) -> _Repository:
        git = shutil.which("git")
        if git is None:
            raise UserFacingError(
                "Publishing to a repository needs git, which is not installed here.",
                "Install git, then publish again.",
            )
        if not path.is_dir():
            raise UserFacingError(f"There is no folder {path}.", "Choose the folder of a clone.")
        probe = _run(git, path, ("rev-parse", "--is-inside-work-tree"))
        if probe.returncode != 0 or probe.stdout.strip() != "true":
            log.info("%s is no git work tree: %s", path, probe.stderr.strip())
            raise UserFacingError(
                f"{path} is not the folder of a git repository.",
                "Choose the folder you cloned the docs or wiki repository into.",
            )
        top = _run(git, path, ("rev-parse", "--show-toplevel")).stdout.strip()
        return cls(git, Path(top).resolve())

    def git(self, *args: str, doing: str = "", config: Sequence[str] = ()) -> str:
        """Run git in the work tree; its output.

        Raises:
            UserFacingError: git failed ("git could not <doing>: <its message>").
        """
        completed = _run(self.executable, self.root, (*config, *args))
        if completed.returncode != 0:
            said = [line for line in completed.stderr.splitlines() if line.strip()]
            said = said or [line for line in completed.stdout.splitlines() if line.strip()]
            raise UserFacingError(
                f"git could not {doing or args[0]} in {self.root}: "
                f"{said[-1].strip() if said else 'it gave no reason'}."
            )
        return completed.stdout

    def folder(self, chosen: Path, folder: str) -> tuple[PurePosixPath, str]:
        """The post-mortems' folder relative to the top, and the index page's name."""
        default, index_name = _site_kind(self.root)
        # A folder given is relative to the folder chosen; the default, to the top.
        absolute = (chosen / folder if folder else self.root / default).resolve()
        if absolute != self.root and self.root not in absolute.parents:
            raise UserFacingError(
                f"The folder {folder} is outside the repository {self.root}.",
                "Give a folder inside it.",
            )
        relative = PurePosixPath(absolute.relative_to(self.root).as_posix())
        if relative.parts[:1] == (".git",):
            raise UserFacingError(f"{relative} is git's own folder.", "Give another folder.")
        return relative, index_name

    def refuse_unfinished_work(self, folder: PurePosixPath) -> None:
        """Refuse while a merge (rebase, …) is in progress, or `folder` has changes that
        are not committed: the commit must hold the publication and nothing else."""
        names = [name for name, _operation, _abort in _OPERATIONS_IN_PROGRESS]
        asked = [argument for name in names for argument in ("--git-path", name)]
        git_paths = self.git("rev-parse", *asked).splitlines()
        for git_path, (_name, operation, abort) in zip(
            git_paths, _OPERATIONS_IN_PROGRESS, strict=True
        ):
            if (self.root / git_path).exists():
                raise UserFacingError(
                    f"{operation} is in progress in {self.root}.",
                    f"Finish it, or abort it ({abort}), then publish again.",
                )
        changes = self.git(
            "status", "--porcelain", "-z", "--untracked-files=all", "--", folder.as_posix()
        )
        if changes:
            raise UserFacingError(
                f"The folder {folder.as_posix()} in {self.root} has changes that are not "
                "committed.",
                "Commit or discard them, then publish again.",
            )

    def branch(self) -> str:
        """The branch checked out; refuses a detached HEAD (the commit would be lost)."""
        name = _run(self.executable, self.root, ("symbolic-ref", "-q", "--short", "HEAD"))
        if name.returncode != 0:
            raise UserFacingError(
                f"{self.root} has no branch checked out (its HEAD is detached).",
                "Check out a branch, or name one to publish on.",
            )
        return name.stdout.strip()

    def switch_to(self, branch: str) -> str:
        """Check out `branch`: the local one, else one a single remote has, else a new
        one from the commit checked out now."""
        valid = _run(self.executable, self.root, ("check-ref-format", "--branch", branch))
        if valid.returncode != 0:
            raise UserFacingError(f"{branch!r} is not a valid branch name.", "Give another.")
        current = _run(self.executable, self.root, ("symbolic-ref", "-q", "--short", "HEAD"))
        if current.returncode == 0 and current.stdout.strip() == branch:
            return branch
        local = _run(
            self.executable, self.root, ("rev-parse", "-q", "--verify", f"refs/heads/{branch}")
        )
        if local.returncode == 0:
            self.git("checkout", "-q", branch, "--", doing=f"check out the branch {branch}")
            return branch
        remote = self.git(
            "for-each-ref", "--format=%(refname:short)", f"refs/remotes/*/{branch}"
        ).split()
        start = ["--track", remote[0]] if len(remote) == 1 else []
        self.git("checkout", "-q", "-b", branch, *start, doing=f"create the branch {branch}")
        return branch

    def commit(self, folder: PurePosixPath, subject: str, body: str) -> str:
        """Commit what is in `folder` (and nothing staged elsewhere); the commit's hash.
        The configured identity is used; pmdesk's only where none is configured."""
        identity: list[str] = []
        for setting, fallback in FALLBACK_IDENTITY.items():
            configured = _run(self.executable, self.root, ("config", "--get", setting))
            if not configured.stdout.strip():
                identity += ["-c", f"{setting}={fallback}"]
        self.git(
            "commit", "-q", "-m", subject, "-m", body, "--", folder.as_posix(),
            doing="commit", config=identity,
        )  # fmt: skip
        return self.git("rev-parse", "HEAD").strip()

    def restore(self, folder: PurePosixPath) -> None:
        """Put `folder` back as the last commit has it (it was clean before publishing)."""
        where = folder.as_posix()
        for args in (("reset", "-q", "--", where), ("checkout", "-q", "--", where)):
            _run(self.executable, self.root, args)
        _run(self.executable, self.root, ("clean", "-f", "-d", "-q", "--", where))


def _run(git: str, where: Path, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in _GIT_LOCATION_VARIABLES}
    # Never wait for a password that nobody will be asked for.
    environment["GIT_TERMINAL_PROMPT"] = "0"
    return subprocess.run(
        [git, "-C", str(where), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=environment,
        stdin=subprocess.DEVNULL,
        check=False,
    )
