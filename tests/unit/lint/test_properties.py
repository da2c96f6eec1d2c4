"""Property tests: arbitrary text never breaks the linter, spans stay inside the text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pmdesk.lint import IncrementalLinter, finding_fingerprint, lint

WORDS = st.sampled_from(
    [
        "Dana",
        "forgot",
        "should",
        "have",
        "checked",
        "the",
        "team",
        "failed",
        "to",
        "„",
        "“",
        '"',
        "'",
        "`",
        "\n",
        "\n\n",
        "hätte",
        "müssen",
        "nicht",
        "geprüft",
        "Jonas",
        "why",
        "didn't",
        "?",
        ".",
        ",",
        "07:31",
        "–",
        "—",
        "(",
        ")",
        "- ",
        "# Timeline",
        "human",
        "error",
        "weil",
        "because",
        "https://x.y/z",
        "```",
        "nobody",
        "ignored",
        "Once",
        "again",
        "QA",
        "careless",
        "Ä",
    ]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(text=TEXT, lang=st.sampled_from(["en", "de", "auto"]))
# A wrapped line in the other language: its finding's fingerprint is over the whole sentence.
@example(text="To\nA'hätte", lang="de")
def test_random_text_never_raises_and_spans_are_inside(text: str, lang: str) -> None:
    findings = lint(text, lang=lang)
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end].strip()
        assert finding.line >= 1
        assert finding.column >= 1
        assert (finding.end_line, finding.end_column) >= (finding.line, finding.column)
        assert finding_fingerprint(text, finding) == finding.fingerprint
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.rule_id))


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(TEXT, min_size=1, max_size=4))
def test_incremental_matches_full_lint(parts: list[str]) -> None:
    editor = IncrementalLinter()
    text = ""
    for part in parts:
        text = text + "\n\n" + part
        assert editor.update(text) == lint(text)
