"""``pmdesk lint``: lint Markdown or plain-text files, stdin, or a stored post-mortem.

Exit codes: 0 clean or only quiet hints, 1 blocking findings, 2 usage or input error (one
plain sentence on stderr).
Markdown front matter, fenced and indented code blocks and inline code are blanked out
before linting, so reported lines and columns still point into the original file.
"""

from __future__ import annotations

# json, csv and io are imported where they are used: the pre-commit hook (text output, no
# participants file) starts faster without them.
import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from pmdesk.console import echo
from pmdesk.errors import UserFacingError
from pmdesk.lint._engine import detect_language, lint
from pmdesk.lint._learned import learned_rule
from pmdesk.lint._model import Finding, LintContext, Participant, Section
from pmdesk.lint._rules import RuleSet, load_rules

__all__ = ["configure_parser", "prepare_markdown", "run"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_URI = "https://github.com/pmdesk/pmdesk"

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL
)
_FENCE_OPEN = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]")
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)

StoredResolver = Callable[[str], list[tuple[str, str, Section, str]]]


# The options' values when not given (configure_parser's defaults).
_DEFAULTS: dict[str, Any] = {
    "lang": "auto",
    "format": "text",
    "no_hints": False,
    "no_learned": False,
    "participants": None,
}


def paths_only(arguments: Sequence[str]) -> argparse.Namespace | None:
    """``arguments`` parsed as the ``configure_parser`` parser would when they are only
    paths (as a pre-commit hook passes them), without building that parser: building it
    takes a twentieth of `pmdesk lint`'s cold start. None when there is an option, '-' or
    no path at all: that is the parser's job.
    """
    if not arguments or any(argument.startswith("-") for argument in arguments):
        return None
    return argparse.Namespace(paths=list(arguments), **_DEFAULTS)


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """Add the ``pmdesk lint`` arguments to ``parser``."""
    parser.set_defaults(**_DEFAULTS)
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="Markdown or text files to lint, '-' for standard input, or a stored post-mortem id",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "de", "auto"),
        help="language of the text (default: detect per file, and per paragraph)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "sarif"),
        help="output format (default: text)",
    )
    parser.add_argument(
        "--no-hints",
        action="store_true",
        help="leave out the quiet 'consider' hints (quoted or reported blame, first-person "
        "admissions); they never change the exit code",
    )
    parser.add_argument(
        "--no-learned",
        action="store_true",
        help="rules only: leave out the learned reader's 'reads like blame' findings "
        "(learned.reads_as_blame)",
    )
    parser.add_argument(
        "--participants",
        metavar="FILE",
        type=Path,
        help="JSON list of {name, role, team} or CSV with name,role,team",
    )


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def prepare_markdown(text: str) -> str:
    """Blank out front matter, code blocks and inline code, keeping every offset."""
    out = text
    match = _FRONT_MATTER.match(out)
    if match:
        out = _blank(match.group()) + out[match.end() :]
    lines = out.split("\n")
    fence: str | None = None
    previous_blank = True
    in_list = False
    for i, line in enumerate(lines):
        if fence is not None:
            lines[i] = _blank(line)
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence = None
            continue
        opened = _FENCE_OPEN.match(line)
        if opened:
            fence = opened.group(1)
            lines[i] = _blank(line)
            continue
        if not line.strip():
            previous_blank = True
            continue
        if _LIST_ITEM.match(line):
            in_list = True
        elif previous_blank and not line.startswith((" ", "\t")):
            in_list = False
        if previous_blank and not in_list and _INDENTED.match(line):
            # An indented code block: it runs until a non-indented, non-blank line.
            j = i
            while j < len(lines) and (not lines[j].strip() or _INDENTED.match(lines[j])):
                lines[j] = _blank(lines[j])
                j += 1
            previous_blank = True
            continue
        previous_blank = False
    out = "\n".join(lines)
    return _INLINE_CODE.sub(lambda m: _blank(m.group()), out)


def _load_participants(path: Path) -> tuple[Participant, ...]:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(
            f"The participants file {path} could not be read ({_reason(exc)})."
        ) from None
    stripped = raw.lstrip()
    if stripped.startswith(("[", "{")):
        import json

        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise UserFacingError(
                f"The participants file {path} is not valid JSON (line {exc.lineno})."
            ) from None
        if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
            raise UserFacingError(
                f"The participants file {path} must hold a list of objects "
                "with name, role and team."
            )
        people = []
        for item in data:
            name = item.get("name")
            if not isinstance(name, str) or not name.strip():
                raise UserFacingError(f"Every participant in {path} needs a name.")
            people.append(
                Participant(name.strip(), str(item.get("role") or ""), str(item.get("team") or ""))
            )
        return tuple(people)
    import csv
    import io

    rows = list(csv.reader(io.StringIO(raw)))
    if rows and [c.strip().lower() for c in rows[0][:1]] == ["name"]:
        rows = rows[1:]
    people = []
    for row in rows:
        if not row or not row[0].strip():
            continue
        cells = [c.strip() for c in row] + ["", ""]
        people.append(Participant(cells[0], cells[1], cells[2]))
    return tuple(people)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return "it could not be opened"


def _read(arg: str, stdin: TextIO) -> str:
    if arg == "-":
        return stdin.read()
    try:
        return Path(arg).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(f"The file {arg} could not be read ({_reason(exc)}).") from None


def _lint_one(text: str, lang: str, section: Section, context: LintContext) -> list[Finding]:
    if lang == "auto":
        lang = detect_language(text)
    return lint(
        text,
        lang=lang,
        context=LintContext(
            context.participants,
            section,
            context.rules,
            context.hints,
            context.mixed_languages,
            context.learned,
        ),
    )


def run(
    args: argparse.Namespace,
    *,
    stdout: TextIO,
    stderr: TextIO,
    resolve_stored: StoredResolver | None = None,
) -> int:
    """Run ``pmdesk lint``; returns the exit code (0 clean, 1 findings, 2 error).

    Args:
        args: parsed arguments (see ``configure_parser``). Optional extra attributes:
            ``config_dir`` (a ``Path``; organisation rule packs are read from its
            ``lint/`` folder) and ``stdin`` (a text stream used for "-", default
            ``sys.stdin``).
        stdout: where findings are written.
        stderr: where a single plain sentence goes when the input cannot be used.
        resolve_stored: turns an argument that is not a file into the fields of a stored
            post-mortem: ``(location label, text, section, lang)`` per field. It may raise
            ``UserFacingError``.

    Returns:
        0 when nothing (or only quiet hints) was found, 1 when there are blocking findings,
        2 on input errors.
    """
    try:
        rules = load_rules(getattr(args, "config_dir", None))
        participants: tuple[Participant, ...] = ()
        if getattr(args, "participants", None):
            participants = _load_participants(Path(args.participants))
        # "--lang en" means English throughout; by default each paragraph's own language.
        context = LintContext(
            participants,
            rules=rules,
            hints=not getattr(args, "no_hints", False),
            mixed_languages=args.lang == "auto",
            learned=not getattr(args, "no_learned", False),
        )
        results: list[_Result] = []
        stdin = getattr(args, "stdin", None) or sys.stdin
        for arg in args.paths:
            if arg == "-" or Path(arg).is_file():
                written = _read(arg, stdin)
                label = "<stdin>" if arg == "-" else arg
                text = written
                if arg == "-" or Path(arg).suffix.lower() in (".md", ".markdown", ".txt", ""):
                    text = prepare_markdown(written)  # same offsets as ``written``
                findings = _lint_one(text, args.lang, Section.PROSE, context)
                results.extend((label, f, _rewording(written, f)) for f in findings)
            elif resolve_stored is not None:
                for label, text, section, lang in resolve_stored(arg):
                    use = args.lang if args.lang != "auto" else (lang or "auto")
                    findings = _lint_one(text, use, section, context)
                    results.extend((label, f, _rewording(text, f)) for f in findings)
            elif Path(arg).exists():
                raise UserFacingError(f"{arg} is not a file.")
            else:
                raise UserFacingError(f"The file {arg} does not exist.")
    except UserFacingError as exc:
        echo(stderr, str(exc))
        return 2
    _write(results, args.format, stdout, rules)
    return 1 if any(f.severity == "warning" for _, f, _ in results) else 0


# A finding's exact rewrite, where it offers one: the words it replaces, the words that take
# their place, and where (character offset and length in the text as written).
_Rewording = tuple[str, str, int, int]
_Result = tuple[str, Finding, _Rewording | None]


def _rewording(text: str, finding: Finding) -> _Rewording | None:
    if finding.replacement is None:
        return None
    start, end = finding.replaced_range
    return text[start:end], finding.replacement, start, end - start


def _write(results: Sequence[_Result], fmt: str, out: TextIO, rules: RuleSet) -> None:
    if fmt == "json":
        import json

        payload = {
            "findings": [
                {
                    "file": label,
                    "line": f.line,
                    "column": f.column,
                    "end_line": f.end_line,
                    "end_column": f.end_column,
                    "rule": f.rule_id,
                    "category": f.category,
                    "severity": f.severity,
                    "message": f.message,
                    "suggestion": f.suggestion,
                    "rewrite": (
                        {"old": r[0], "new": r[1], "offset": r[2], "length": r[3]} if r else None
                    ),
                }
                for label, f, r in results
            ]
        }
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "sarif":
        import json

        out.write(json.dumps(_sarif(results, rules), ensure_ascii=False, indent=2) + "\n")
    else:
        for label, f, r in results:
            tier = "consider: " if f.severity == "info" else ""
            echo(out, f"{label}:{f.line}:{f.column}: {tier}{f.category}: {f.message}")
            if r is not None:
                echo(
                    out,
                    f"  ⇒ “{' '.join(r[0].split())}” becomes “{r[1]}”"
                    if r[1]
                    else f"  ⇒ remove “{r[0]}”",
                )
            if f.suggestion:
                echo(out, f"  → {f.suggestion}")


def _sarif(results: Sequence[_Result], rules: RuleSet) -> dict[str, Any]:
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    quoted = (pack.quoted_rule for pack in rules.packs.values() if pack.quoted_rule)
    for rule in (*rules.rules, *quoted, learned_rule("en")):
        if rule.id in index:
            continue
        index[rule.id] = len(descriptors)
        descriptors.append(
            {
                "id": rule.id,
                "name": rule.id.replace(".", "_"),
                "shortDescription": {"text": rule.message.split(";")[0].rstrip(".") + "."},
                "fullDescription": {"text": rule.message},
                "help": {"text": f"Ask instead: {rule.question}"},
                "defaultConfiguration": {
                    "level": "warning" if rule.severity == "warning" else "note"
                },
                "properties": {"category": rule.category, "tags": ["blameless", rule.category]},
            }
        )
    sarif_results = []
    for label, f, r in results:
        result: dict[str, Any] = {
            "ruleId": f.rule_id,
            "level": "warning" if f.severity == "warning" else "note",
            "message": {
                "text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
            },
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": label},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                    }
                }
            ],
            "partialFingerprints": {"pmdeskFinding/v1": f.fingerprint},
        }
        if f.rule_id in index:
            result["ruleIndex"] = index[f.rule_id]
        if r is not None:
            # A fix a SARIF viewer can apply: the exact rewrite, by character offset.
            result["fixes"] = [
                {
                    "description": {"text": "Replace with the neutral wording."},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": label},
                            "replacements": [
                                {
                                    "deletedRegion": {"charOffset": r[2], "charLength": r[3]},
                                    "insertedContent": {"text": r[1]},
                                }
                            ],
                        }
                    ],
                }
            ]
        sarif_results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "pmdesk-lint",
                        "informationUri": TOOL_URI,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
