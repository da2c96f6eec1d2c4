"""``pmdesk lint`` command: exit codes, output formats, Markdown handling, stored post-mortems."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import jsonschema
import pytest

from pmdesk.errors import UserFacingError
from pmdesk.lint import Section
from pmdesk.lint.cli import configure_parser, paths_only, prepare_markdown, run

MARKDOWN = """---
title: Checkout outage
notes: Dana forgot the front matter
---
# Checkout outage

The alert fired at 10:02 and the page was acknowledged.

```
Dana forgot to renew the certificate.
```

    Kevin failed to check the lag.

Run `Dana forgot` to reproduce. Kevin failed to check the replication lag.
"""


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pmdesk lint")
    configure_parser(parser)
    return parser.parse_args(list(argv))


def invoke(*argv: str, stdin: str = "", **kwargs: object) -> tuple[int, str, str]:
    args = parse(*argv)
    args.stdin = io.StringIO(stdin)
    out, err = io.StringIO(), io.StringIO()
    code = run(args, stdout=out, stderr=err, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return path


def test_paths_alone_are_read_as_the_parser_reads_them_and_anything_else_goes_to_it() -> None:
    assert paths_only(["docs/a.md", "b.txt"]) == parse("docs/a.md", "b.txt")
    assert paths_only(["PM-0001"]) == parse("PM-0001")
    for argv in ([], ["-"], ["--lang", "de", "a.md"], ["a.md", "--no-hints"], ["-h"]):
        assert paths_only(argv) is None


def test_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.md"
    path.write_text("The health check failed to detect the hung worker.\n", encoding="utf-8")
    assert invoke(str(path)) == (0, "", "")


def test_findings_exit_1_with_compiler_style_text(report: Path) -> None:
    code, out, err = invoke(str(report))
    assert code == 1
    assert err == ""
    lines = out.splitlines()
    # Front matter, the fenced block, the indented block and inline code are skipped;
    # the line and column still point into the original file.
    assert lines[0].startswith(f"{report}:15:39: person_failure: ")
    # The exact rewrite of the clause, as "Replace with suggestion" in the app would make it.
    assert lines[1] == (
        "  ⇒ “Kevin failed to check the replication lag” becomes "
        "“The replication lag was not checked”"
    )
    assert lines[2].startswith("  → ")
    assert len(lines) == 3


def test_missing_file_exits_2_with_one_sentence(tmp_path: Path) -> None:
    code, out, err = invoke(str(tmp_path / "nope.md"))
    assert code == 2
    assert out == ""
    assert err.strip().endswith("does not exist.")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "binary.md"
    path.write_bytes(b"\xff\xfe\x00broken")
    code, _, err = invoke(str(path))
    assert code == 2
    assert "could not be read" in err


def test_stdin(report: Path) -> None:
    code, out, _ = invoke("-", stdin="Priya should have checked the lag.\n")
    assert code == 1
    assert out.startswith("<stdin>:1:7: counterfactual: ")


def test_json_format(report: Path) -> None:
    code, out, _ = invoke(str(report), "--format", "json")
    assert code == 1
    payload = json.loads(out)
    assert list(payload) == ["findings"]
    [finding] = payload["findings"]
    assert finding == {
        "file": str(report),
        "line": 15,
        "column": 39,
        "end_line": 15,
        "end_column": 48,
        "rule": "person_failure.failure_verb",
        "category": "person_failure",
        "severity": "warning",
        "message": finding["message"],
        "suggestion": finding["suggestion"],
        "rewrite": {
            "old": "Kevin failed to check the replication lag",
            "new": "The replication lag was not checked",
            "offset": 258,
            "length": 41,
        },
    }
    assert isinstance(finding["message"], str)
    text = report.read_text(encoding="utf-8")
    assert text[258 : 258 + 41] == "Kevin failed to check the replication lag"


def test_json_format_when_clean() -> None:
    code, out, _ = invoke("-", "--format", "json", stdin="All good.\n")
    assert code == 0
    assert json.loads(out) == {"findings": []}


def test_sarif_format(report: Path) -> None:
    code, out, _ = invoke(str(report), "--format", "sarif")
    assert code == 1
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"].endswith("sarif-2.1.0.json")
    [run_] = sarif["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert {"id", "shortDescription", "fullDescription", "help"} <= set(rules[0])
    [result] = run_["results"]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "person_failure.failure_verb"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == str(report)
    assert location["region"] == {
        "startLine": 15,
        "startColumn": 39,
        "endLine": 15,
        "endColumn": 48,
    }
    assert result["level"] == "warning"
    # The rewrite as a SARIF fix, which code-scanning viewers can offer to apply.
    [fix] = result["fixes"]
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == str(report)
    assert change["replacements"] == [
        {
            "deletedRegion": {"charOffset": 258, "charLength": 41},
            "insertedContent": {"text": "The replication lag was not checked"},
        }
    ]


def test_sarif_validates_against_schema_shape(report: Path) -> None:
    schema = {
        "type": "object",
        "required": ["version", "runs"],
        "properties": {
            "version": {"const": "2.1.0"},
            "runs": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["tool", "results"],
                    "properties": {
                        "tool": {
                            "type": "object",
                            "required": ["driver"],
                            "properties": {
                                "driver": {"type": "object", "required": ["name", "rules"]}
                            },
                        },
                        "results": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["ruleId", "message", "locations"],
                            },
                        },
                    },
                },
            },
        },
    }
    _, out, _ = invoke(str(report), "--format", "sarif")
    jsonschema.validate(json.loads(out), schema)


def test_language_option_and_auto_detection(tmp_path: Path) -> None:
    path = tmp_path / "de.md"
    path.write_text("Jonas hat vergessen, das Zertifikat zu erneuern.\n", encoding="utf-8")
    code, out, _ = invoke(str(path))
    assert code == 1
    assert ": person_failure: " in out
    code, _, _ = invoke(str(path), "--lang", "en")
    assert code == 0


def test_a_german_chat_in_an_english_file_is_read_as_german_unless_lang_is_given(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mixed.md"
    path.write_text(
        "The on-call engineer pasted the team chat into the review.\n\n"
        "> Jonas: Der Kollege hat mal wieder geschlampt.\n",
        encoding="utf-8",
    )
    code, out, _ = invoke(str(path), "--format", "json")
    assert code == 1
    assert "person_failure.fehlverb" in out
    code, out, _ = invoke(str(path), "--lang", "en", "--format", "json")
    assert "person_failure.fehlverb" not in out


def test_participants_json_and_csv(tmp_path: Path) -> None:
    text = tmp_path / "chat.txt"
    text.write_text("kyle should have waited for the canary.\n", encoding="utf-8")
    assert invoke(str(text))[0] == 0
    people = tmp_path / "people.json"
    people.write_text(json.dumps([{"name": "Kyle Brown", "role": "SRE", "team": "Platform"}]))
    assert invoke(str(text), "--participants", str(people))[0] == 1
    table = tmp_path / "people.csv"
    table.write_text("name,role,team\nKyle Brown,SRE,Platform\n", encoding="utf-8")
    assert invoke(str(text), "--participants", str(table))[0] == 1


def test_broken_participants_file_exits_2(tmp_path: Path) -> None:
    people = tmp_path / "people.json"
    people.write_text("[{broken", encoding="utf-8")
    code, _, err = invoke("-", "--participants", str(people), stdin="text")
    assert code == 2
    assert "not valid JSON" in err


def test_stored_post_mortem_is_resolved(tmp_path: Path) -> None:
    seen: list[str] = []

    def resolve(arg: str) -> list[tuple[str, str, Section, str]]:
        seen.append(arg)
        return [
            ("PM-42/summary", "The config change broke the login flow.", Section.SUMMARY, "en"),
            ("PM-42/why[1]", "Dana forgot to renew the certificate.", Section.WHY, "en"),
            ("PM-42/action[1]", "Owner: Dana. Add an expiry alert.", Section.ACTION_ITEM, "en"),
        ]

    code, out, _ = invoke("PM-42", "--format", "json", resolve_stored=resolve)
    assert seen == ["PM-42"]
    assert code == 1
    [finding] = json.loads(out)["findings"]
    assert finding["file"] == "PM-42/why[1]"
    assert (finding["line"], finding["column"]) == (1, 6)


def test_stored_resolver_errors_exit_2() -> None:
    def resolve(arg: str) -> list[tuple[str, str, Section, str]]:
        raise UserFacingError(f"No post-mortem has the id {arg}.")

    code, out, err = invoke("PM-404", resolve_stored=resolve)
    assert (code, out) == (2, "")
    assert err.strip() == "No post-mortem has the id PM-404."


def test_prepare_markdown_keeps_offsets() -> None:
    prepared = prepare_markdown(MARKDOWN)
    assert len(prepared) == len(MARKDOWN)
    assert prepared.count("\n") == MARKDOWN.count("\n")
    assert "Dana forgot" not in prepared
    assert "Kevin failed to check the replication lag." in prepared
    assert "Kevin failed to check the lag." not in prepared


def test_indented_list_continuation_is_not_code() -> None:
    text = "- Timeline item\n\n    Kevin failed to check the lag.\n"
    assert "Kevin failed" in prepare_markdown(text)


def test_pre_commit_hook_definition() -> None:
    hooks = Path(__file__).resolve().parents[3] / ".pre-commit-hooks.yaml"
    content = hooks.read_text(encoding="utf-8")
    assert "id: pmdesk-lint" in content
    assert "entry: pmdesk lint" in content
    assert "language: python" in content
    assert r"files: \.(md|markdown|txt)$" in content


def test_quiet_hints_are_shown_but_do_not_fail_and_can_be_left_out(tmp_path: Path) -> None:
    path = tmp_path / "quote.md"
    path.write_text('The spokesperson blamed "a human mistake".\n', encoding="utf-8")
    code, out, _ = invoke(str(path))
    assert code == 0
    assert out.startswith(f"{path}:1:25: consider: quoted_blame: ")
    code, out, _ = invoke("--format", "json", str(path))
    assert [f["severity"] for f in json.loads(out)["findings"]] == ["info"]
    assert invoke("--no-hints", str(path)) == (0, "", "")


def test_sarif_describes_the_quoted_blame_rule(tmp_path: Path) -> None:
    path = tmp_path / "quote.md"
    path.write_text('The spokesperson blamed "a human mistake".\n', encoding="utf-8")
    _, out, _ = invoke("--format", "sarif", str(path))
    run_ = json.loads(out)["runs"][0]
    (result,) = run_["results"]
    assert result["level"] == "note"
    assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "quoted_blame.quote"
