"""A rule's exclusion excuses what the rule found in the exclusion's own clause, never blame
told in another clause of the same sentence."""

from __future__ import annotations

from .tiers import blocks


def test_harm_after_a_passive_mishap_does_not_excuse_blame_in_the_clause_before() -> None:
    # Alone, the passive mishap that harmed someone blames no one (an exclusion of the
    # failure-verb rule says so); joined by ", and" to a person's deed, the deed still blocks.
    assert not blocks("The bounce house was lifted off the ground, injuring two children.")
    assert blocks("The trainer yells at students.")
    assert blocks(
        "The trainer yells at students, and the bounce house was lifted off the ground, "
        "injuring two children."
    )
    assert blocks(
        "The bounce house was lifted off the ground, injuring two children; the trainer yells "
        "at students."
    )


def test_an_exclusion_spanning_a_plain_comma_still_excuses_its_own_clause() -> None:
    # No coordinator after the comma: one clause with its participle, excused as before.
    assert not blocks("The inflatable was blown over, injuring a child.")


def test_german_a_feeling_excuses_only_its_own_clause() -> None:
    # „fühlte sich betrogen“ is a feeling, no deed; the reason given after „denn“ is one.
    assert not blocks("Der Spielgast fühlte sich betrogen und klagte.", lang="de")
    assert blocks("Der Spielgast fühlte sich betrogen, denn der Wirt hat ihn betrogen.", lang="de")
