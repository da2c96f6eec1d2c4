"""Classes of blame missed, and false alarms raised, in held-out 38 (English), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "You pushed a breaking change on a patch version bump, which naturally broke "
        "everything.",  # heldout38_en
        "The release pipeline pushed a breaking change on a patch version bump, which "
        "naturally broke everything.",
        "en",
        id="en-act-which-broke-everything",
    ),
    pytest.param(
        "I suspect it is because you unpublished them from the registry.",  # heldout38_en
        "I suspect it is because the registry unpublished them.",
        "en",
        id="en-it-is-because-you",
    ),
    pytest.param(
        "The tests broke because someone updated the snapshot.",
        "The tests broke because the snapshot was updated by the nightly job.",
        "en",
        id="en-broke-because-someone",
    ),
    pytest.param(
        "Is this intentional or did it slip your mind?",  # heldout38_en
        "Is this intentional or did it slip out of the release notes?",
        "en",
        id="en-slip-your-mind",
    ),
    pytest.param(
        "Is it possible that @rphlo did a force-push to remove that commit from master?",
        "Is it possible that the bot did a rebase to remove that commit from master?",
        "en",  # heldout38_en, abridged
        id="en-did-a-force-push",
    ),
    pytest.param(
        "If yes, then please restrain from doing so again in the future since it messes up "
        "the forks.",  # heldout38_en, abridged
        "If the job fails, please run it again in the future since it cleans up the forks.",
        "en",
        id="en-please-refrain-from-doing-so-again",
    ),
    pytest.param(
        "This is because my domain provider, Web Mania, went out of business without telling "
        "me.",  # heldout38_en
        "This is because the renewal job went out of service without telling me.",
        "en",
        id="en-a-provider-without-telling",
    ),
    pytest.param(
        "It seems that the council leader had not felt it appropriate to email all elected "
        "councillors to inform them of the problems.",  # heldout38_en, abridged
        "It seems that the mail server had not been configured to email all elected "
        "councillors to inform them of the problems.",
        "en",
        id="en-had-not-felt-it-appropriate-to-inform",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "They, in turn, opened a Covad ticket after it was clear that there wasn't a software "
        "problem.",  # heldout38_en, abridged: when it became clear, a step in the story
        "It was clear that Dana hadn't checked for a software problem.",
        "en",
        id="en-after-it-was-clear",
    ),
    pytest.param(
        "It came just two days after 800 Corby council tax payers were erroneously sent court "
        "summonses.",  # heldout38_en, abridged: done to the payers
        "It came just two days after the council erroneously sent court summonses.",
        "en",
        id="en-passive-patient-is-no-doer",
    ),
    pytest.param(
        "Dana was accidentally given admin rights during the migration.",
        "Dana accidentally gave herself admin rights during the migration.",
        "en",
        id="en-given-by-accident-is-no-deed",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
