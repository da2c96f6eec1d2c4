"""False-alarm classes found by the fourth set of whole published post-mortems (issue 16).

The real sentences are copied from the documents in tests/data/lint/real/documents4 (the
file is named beside each; index.tsv there names the repository, commit, path and licence).
Each class has look-alikes that must still block, so that a fix does not silence real blame.
"""

from __future__ import annotations

import pytest

from .tiers import tier

# ------------------------------------------------ the public counted by size is no culprit


@pytest.mark.parametrize(
    "sentence",
    [
        # chia--2021-05-09-negative-coin-values.md
        "After the difficulty adjustment, blocks came much quicker than normal, "
        "due to many people upgrading.",
        # chia--2021-05-09-negative-coin-values.md
        "There were still a lot of people that had not updated, so the effective netspace "
        "was much lower than it should be, for that difficulty.",
        "Many people could have lost money.",
        "Thousands of users had not updated their clients.",
    ],
)
def test_a_crowd_counted_by_size_does_not_block(sentence: str) -> None:
    assert tier(sentence) != "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "Some people had not updated the runbook.",
        "Many engineers had not updated the runbook.",
        "The engineers had not updated the runbook.",
        "People are the cause of most security breaches.",
        "The outage was caused by people upgrading late.",
        "The outage was due to Bob.",
    ],
)
def test_people_singled_out_still_block(sentence: str) -> None:
    assert tier(sentence) == "block"


# ------------------------------------------------ a pace is no culprit


def test_people_taking_time_is_a_pace() -> None:
    # chia--2021-05-09-negative-coin-values.md
    sentence = (
        "The chain difficulty dropped from 215 to 167 due to the time in the stall, "
        "and due to people taking time to upgrade."
    )
    assert tier(sentence) != "block"
    assert tier("The outage was due to Bob forgetting the renewal.") == "block"


# ------------------------------------------------ evidence shown in events is no hindsight


def test_evident_in_later_incidents_is_evidence() -> None:
    # posthog--2025-10-21-feature-flags-recurring-outages.md
    sentence = (
        "This was evident in October 21 and 28 incidents where Redis overload from flags "
        "service impacted the main PostHog application."
    )
    assert tier(sentence) != "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "This was evident in hindsight.",
        "The outage was evident.",
        "It should have been evident to the reviewer.",
    ],
)
def test_evident_as_hindsight_still_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"


# ------------------------------------------------ the wanted finding stays


def test_a_process_not_followed_still_blocks() -> None:
    # posthog--2026-01-17-replay-sdk-fetch-wrapper-incident.md (labelled wanted)
    sentence = (
        "The incident was prolonged because a recently introduced process requiring manual "
        "intervention to publish SDK releases to the PostHog CDN was not followed."
    )
    assert tier(sentence) == "block"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # chia--2021-10-31-DustStorm.md: a reader's question in the FAQ, answered below it.
        (
            "__Q: Why did you not test this kind of load on the network before now to know "
            "how it would react?__",
            "en",
        ),
        ("F: Warum hat der Kollege das nicht getestet?", "de"),
    ],
)
def test_a_readers_question_in_a_faq_is_a_quiet_hint(sentence: str, lang: str) -> None:
    assert tier(sentence, lang) == "hint"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Why did you not test this kind of load on the network before now?", "en"),
        ("Warum hat der Kollege das nicht getestet?", "de"),
    ],
)
def test_the_same_question_asked_by_the_writer_still_blocks(sentence: str, lang: str) -> None:
    assert tier(sentence, lang) == "block"
