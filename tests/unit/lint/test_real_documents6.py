"""False-alarm classes found by the sixth set of whole published post-mortems (issue 16).

The real sentences are copied from the documents in tests/data/lint/real/documents6 (the
file is named beside each; index.tsv there names the repository, commit, path and licence).
Run blind, the set raised 7 blocking findings and none was wanted. Each class has
look-alikes that must still block, so that a fix does not silence real blame.
"""

from __future__ import annotations

import pytest

from .tiers import tier

QUIET = [
    # mezo--2025-03-12-matsnet-halt.md: a name given to a thing is no person.
    "In the afternoon UTC of March 12, 2025, a transaction was submitted to the Mezo "
    "testnet, referred to as Matsnet, that caused a consensus failure in the network and a "
    "halt to block production.",
    "A tool called Hubble caused the outage.",
    # flutter--Postmortem-Build-Breakage-on-2016-11-08.md: what users could not have done.
    "Users would have been unable to run flutter tests if they upgraded, though we did not "
    "receive complaints during the outage.",
    # flutter--Retrospective-Flutter-2.8-Stable-Release.md: experience, not a lapse.
    "* Have people who have never followed the steps before practice the steps, to find "
    "where the documentation is missing important details.",
    # fosstodon--2022-08-02-domain-expired.md: the outcome imagined, and an apology.
    "Can you imagine what would have happened if someone else had nabbed it!",
    "Apologies for the completely preventable outage, folks.",
    "We apologise for this entirely avoidable incident.",
    # optimism--2022-05-31-drop-1.md: gratitude.
    "They have been supporting our public endpoint for free for months and we couldn’t "
    "have withstood the traffic without their help.",
]

STILL_BLOCKS = [
    "A man named Abel caused the outage.",
    "A contractor called Abel caused the outage.",
    "A woman caused the blackout.",
    "Bob should have been more careful.",
    "If only Tomás had waited for the canary, none of this would have happened.",
    "Sorry, but this completely preventable outage is on Bob.",
    "This was a completely preventable outage.",
    "Lars has never followed the runbook.",
    "Lars did not run the smoke tests after deploying.",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_a_sentence_of_the_sixth_set_does_not_block(sentence: str) -> None:
    assert tier(sentence) != "block"


@pytest.mark.parametrize("sentence", STILL_BLOCKS)
def test_its_look_alike_still_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"
