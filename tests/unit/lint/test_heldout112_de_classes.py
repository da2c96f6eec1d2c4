"""False alarms of the German held-out 112 (newsrooms' and publishers' mishaps), fixed in the
rules after its blind run, each with a look-alike that must still block. The set is
tests/data/lint/real/heldout112_de.tsv."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_an_aside_of_what_one_might_have_thought_is_no_hindsight() -> None:
    check_false_alarm(
        "Ein Scherz oder Hack, wie man hätte denken können, lag der kuriosen Nachricht nicht "
        "zugrunde, sondern schlichtweg ein Missgeschick.",
        "Der Admin hätte das Backup prüfen können.",
        lang="de",
    )


def test_a_relative_clause_reporting_a_claim_in_konjunktiv_is_no_hindsight() -> None:
    check_false_alarm(
        "Tags zuvor erschien der Entschuldigungsgrund: Ein Nachruf auf den 1942 geborenen "
        "regional bekannten Zeichner und Maler, der seinem Leben ein Ende gesetzt hätte.",
        "Der Admin, der das Backup hätte prüfen müssen.",
        lang="de",
    )


def test_a_general_remark_on_a_kind_of_mishap_in_the_passive_is_no_label() -> None:
    check_false_alarm(
        "Peinlich wird es, wenn ein Nachruf zu früh veröffentlicht wird.",
        "Peinlich wird es, wenn der Admin das Backup vergisst.",
        lang="de",
    )
