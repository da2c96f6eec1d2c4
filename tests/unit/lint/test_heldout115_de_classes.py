"""Classes behind a miss and a false alarm of the German held-out 115 (lottery, betting,
donation and club mishaps), fixed in the rules after its blind run. Each real sentence is
set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout115_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_nobody_noticed_with_the_participle_first() -> None:
    check_class(
        "Bemerkt hatte das während der Live-Sendung niemand der Anwesenden — weder der "
        "Ziehungsleiter noch die staatliche Aufsichtsbeamtin.",
        "Bemerkt hatte das keiner der Kunden.",
        lang="de",
    )


def test_a_konjunktiv_ending_so_der_with_a_longer_noun_phrase_is_reported() -> None:
    assert hints_only(
        "Lichtreflexe oder einfach zu starke Studiolampen hätten alles überstrahlt, so der "
        "erste Erklärungsversuch.",
        "de",
    )
    assert blocks("Der Admin hätte das Backup prüfen müssen.", "de")


def test_a_body_that_presented_a_wrong_result() -> None:
    check_class(
        "Der ORF präsentierte ein fehlerhaftes Ergebnis.",
        "Das System zeigte die falsche Uhrzeit.",
        lang="de",
    )
