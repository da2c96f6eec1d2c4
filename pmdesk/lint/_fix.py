"""Applying a finding's exact replacement to the text it was found in."""

from __future__ import annotations

import re

from pmdesk.lint._model import Finding

__all__ = ["apply_replacement"]

_AFTER_DELETED_WORD = re.compile(r",?[ \t]*")


def apply_replacement(text: str, finding: Finding) -> str:
    """`text` with the finding's span replaced by its `replacement`.

    Deleting a word ("Obviously, the page…") also removes the comma and space after
    it and capitalises what then starts the sentence.

    Raises:
        ValueError: the finding offers no replacement.
    """
    if finding.replacement is None:
        raise ValueError(f"{finding.rule_id} offers no replacement")
    start, end = finding.replaced_range
    if finding.replacement:
        return text[:start] + finding.replacement + text[end:]
    trailing = _AFTER_DELETED_WORD.match(text, end)
    if trailing is not None:
        end = trailing.end()
    before, after = text[:start], text[end:]
    if before.endswith((" ", "\t")) and not after[:1].isalnum():
        before = before.rstrip(" \t")
    starts_sentence = not before.strip() or before.rstrip()[-1] in ".!?:\n"
    if starts_sentence and after:
        after = after[0].upper() + after[1:]
    return before + after
