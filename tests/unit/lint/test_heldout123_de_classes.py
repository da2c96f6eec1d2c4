"""A false alarm of the German held-out 123 (farming administration IT), fixed in the rules
after its blind run, with a look-alike that must still block. The set is
tests/data/lint/real/heldout123_de.tsv."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_a_reminder_in_the_imperative_is_no_blame() -> None:
    check_false_alarm(
        "Achtung: Vergessen Sie nicht Ihre Daten regelmäßig zu speichern!",
        "Der Admin hat vergessen, das Zertifikat zu erneuern.",
        lang="de",
    )
