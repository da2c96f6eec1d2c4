"""Classes of blame missed in held-out 42 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "They then hit a fiber line, which brought down the local 8-1-1 system entirely.",
        "The storm then hit a fiber line, which brought down the local 8-1-1 system entirely.",
        "en",  # heldout42_en
        id="en-act-which-brought-down-the-system",
    ),
    pytest.param(
        "Pull request #849 was merged even though the changes weren't passing all the checks.",
        "Pull request #849 was merged after the changes passed all the checks.",
        "en",  # heldout42_en, abridged
        id="en-merged-even-though-not-passing",
    ),
    pytest.param(
        "@MakeContributions/dsa-reviewers, please make sure the PR passes all the checks before "
        "approving it.",  # heldout42_en
        "@MakeContributions/dsa-reviewers, please make sure the PR template lists all the "
        "checks before release.",
        "en",
        id="en-please-make-sure-it-passes-before-approving",
    ),
    pytest.param(
        "I guess they have a trained monkey that presses the reset button and that’s all.",
        "I guess they have a trained operator who presses the reset button and that’s all.",
        "en",  # heldout42_en
        id="en-trained-monkey",
    ),
    pytest.param(
        "The man that avoided our call is sitting there on Skype!",  # heldout42_en, abridged
        "The man that answered our call is sitting there on Skype!",
        "en",
        id="en-avoided-our-call",
    ),
    pytest.param(
        # After heldout42_en's "I blame GoDaddy".
        "I'm so sorry, I blame the vendor for the outage.",
        "I'm so sorry, I blame myself for the outage.",  # the writer's own: a hint
        "en",
        id="en-i-blame-someone",
    ),
    pytest.param(
        "The contractor was fined to cover the damage he caused by deleting the accounts.",
        "The contractor was paid to cover the damage the storm caused by flooding the "
        "accounts office.",
        "en",  # after heldout42_en's "the damage he caused by deleting …"
        id="en-the-damage-he-caused",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
