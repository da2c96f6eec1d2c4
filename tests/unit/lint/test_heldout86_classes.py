"""Classes the English held-out 86 (operators', councils' and NHS trusts' own incident notes
and the news on councils' misdirected letters) showed, looked at after its blind run: each
real sentence with a near neighbour on the other side, the false alarm with a look-alike that
still blocks, and the writers' own admissions and reported ones that must stay quiet hints.
The set is tests/data/lint/real/heldout86_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_letters_that_carried_others_private_data() -> None:
    check_class(
        "Isle of Wight Council is investigating a data breach after it sent out council tax "
        "letters containing residents’ personal information.",
        "Isle of Wight Council is investigating a complaint after it sent out council tax "
        "letters containing the new rates.",
    )
    check_class(
        "The authority posted out 51 letters to residents containing the details of another "
        "person.",
        "The authority posted out 51 letters to residents containing the details of the new "
        "scheme.",
    )
    # The writers' own slip stays a hint.
    assert hints_only("We sent out letters containing customers' personal data by mistake.")


def test_letters_that_went_out_by_mistake_are_no_ones_slip() -> None:
    # The rule's false alarm in heldout86_en (a councillor read as the one who slipped).
    check_false_alarm(
        "Coun Quentin Macdonald told of the difficulties that had led to 700 letters "
        "mistakenly going out to householders.",
        # (The councillor's account would be reported: the look-alike is the writer's own.)
        "The difficulties had led to the clerk mistakenly sending letters to householders.",
    )


def test_a_human_error_by_our_own_office_is_an_admission() -> None:
    assert hints_only(
        "This was a human error by our hard-pressed office for which we unreservedly apologise."
    )
    # Another party's error, or a hired party's under "our", still blocks.
    assert blocks("This was a human error by their office.")
    assert blocks("This was a human error by our provider.")


def test_the_writers_hindsight_about_the_readers_bill() -> None:
    # "your" after the verb owns what the writers acted on; it is no one else acting.
    assert hints_only("We should have collected your bill on or around the 24th May.")
    assert blocks("You should have collected our bill on or around the 24th May.")


def test_an_admission_reported_with_its_gerund() -> None:
    assert hints_only(
        "An investigation has been launched after Telford & Wrekin Council admitted sending "
        "out more than 200 letters disclosing personal information about other residents."
    )
    assert blocks(
        "Telford & Wrekin Council sent out more than 200 letters disclosing personal "
        "information about other residents."
    )
