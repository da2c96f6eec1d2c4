"""Classes read off the blame the linter still missed across all the English labelled sets
(looked at together, not one set's blind run): each real sentence with a near neighbour on the
other side. The sentences come from tests/data/lint/real/heldout28_en.tsv, heldout49_en.tsv and
heldout57_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_conduct_judged_by_denying_it_a_virtue() -> None:
    check_class("This is not very professional.", "This is not very expensive.")
    assert blocks("That wasn't professional at all.")
    assert not blocks("The output is not very professional-looking.")
    assert not blocks("It is not a professional tool.")
    # The writers' own shortfall is theirs to own: a quiet hint.
    assert hints_only("We were not professional enough in our communication.")


def test_incompetents_as_a_noun() -> None:
    check_class(
        "Hence, a lot of IT operations are overseen by unqualified incompetents.",
        "Hence, a lot of IT operations are overseen by qualified contractors.",
    )


def test_a_train_conductor_is_a_person() -> None:
    check_class(
        "the CSX conductor failed to realign a switch, an error of omission.",
        "the CSX signal failed to realign a switch, an error of omission.",
    )
    # The electrical sense does nothing a person would be blamed for.
    assert not blocks("A conductor failed in the substation.")
    assert not blocks("The conductor overheated and failed.")
