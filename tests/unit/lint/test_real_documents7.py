"""False-alarm classes found by the seventh set of whole published post-mortems (issue 16).

The real sentences are copied from the documents in tests/data/lint/real/documents7 (the
file is named beside each; index.tsv there names the repository, commit, path and licence).
Run blind, the set raised 2 blocking findings and neither was wanted. Each class has
look-alikes that must still block.
"""

from __future__ import annotations

import pytest

from .tiers import tier

QUIET = [
    # conda-forge--2025-04-02-security-incident-with-package-uploads.md: an adjective on
    # what an auditor found.
    "During this process, OSTIF and their contractor uncovered misconfigured infrastructure "
    "which exposed the token for the channel to all feedstock maintainers.",
    "The review found broken links in the runbook.",
    # the same document: a date.
    "- 2025-04-01 15:53 UTC: We decided to delay disclosure by one day to 2025-04-02 in "
    "order to not generate confusion (2025-04-01 is [April Fools' Day]"
    "(https://en.wikipedia.org/wiki/April_Fools%27_Day) in some countries when people "
    "commonly engage in practical jokes).",
]

STILL_BLOCKS = [
    "Dana misconfigured the load balancer.",
    "The auditor found that Dana misconfigured the load balancer.",
    "They are fools.",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_a_sentence_of_the_seventh_set_does_not_block(sentence: str) -> None:
    assert tier(sentence) != "block"


@pytest.mark.parametrize("sentence", STILL_BLOCKS)
def test_its_look_alike_still_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"
