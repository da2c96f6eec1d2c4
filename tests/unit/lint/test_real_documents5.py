"""False-alarm classes found by the fifth set of whole published post-mortems (issue 16).

The real sentences are copied from the documents in tests/data/lint/real/documents5 (the
file is named beside each; index.tsv there names the repository, commit, path and licence).
Each class has look-alikes that must still block, so that a fix does not silence real blame.
"""

from __future__ import annotations

import pytest

from .tiers import tier

# ------------- a subordinate clause with its own subject does not borrow the one after a comma


@pytest.mark.parametrize(
    "sentence",
    [
        # edgi--2019-02-12--wayback-machine-import-failure.md
        "@Mr0grog starts running manual jobs to backfill data starting from December 10th "
        "(a little earlier than when things broke, just to make sure we have reliable overlap).",
        "When things broke, Dana paged the on-call engineer.",
        "Because the deploys failed, Dana rolled back.",
    ],
)
def test_a_subordinate_clause_with_a_thing_as_subject_does_not_block(sentence: str) -> None:
    assert tier(sentence) != "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "When Dana broke the build, we paged the on-call engineer.",
        "When the intern broke the build, we paged the on-call engineer.",
        "Having forgotten the flag, Dana restarted the service.",
        "Running the tests locally, Dana could have caught it.",
    ],
)
def test_a_person_in_or_after_the_fronted_clause_still_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"


# ----------------------------------------------- the blame this set holds is still found


@pytest.mark.parametrize(
    "sentence",
    [
        # edgi--2018-10-30--incorrect-tls-certs-deployed.md
        "@jsnshrmn carelessly adds a *permanent* exception to allow the invalid certificate "
        "in his browser while troubleshooting the issue.",
        # edgi--2019-02-20--versionista-scraper-silent-failure.md
        "- Other people saw the issue before @Mr0grog but did not respond or investigate "
        "or flag it for someone who could.",
    ],
)
def test_the_wanted_findings_of_documents5_still_block(sentence: str) -> None:
    assert tier(sentence) == "block"
