"""Classes the German held-out 85 (news and commentary on the Bahn, Telekom, A1 and public IT,
Freifunk Bremen's wiki, German GitHub threads) showed, looked at after its blind run: a
judgement framed by the writer's view of what someone else did, and the writer's own slip in
a clause after "und" whose subject stands after the verb. The set is
tests/data/lint/real/heldout85_de.tsv."""

from __future__ import annotations

from .tiers import blocks, hints_only


def test_a_judgement_of_what_someone_else_did_framed_by_the_writer() -> None:
    assert blocks(
        "Leider finde ich es eine Unverschämtheit, dass der Hersteller einfach seine Produkte "
        "abschliesst ohne den Besitzern Bescheid zu geben.",
        "de",
    )
    # The writer's judgement of the writer's own act stays a hint.
    assert not blocks("Es war eine Unverschämtheit von mir, dass ich nichts gesagt habe.", "de")


def test_the_writers_own_slip_after_und_with_the_subject_after_the_verb() -> None:
    # The blocked `consider` sentence of heldout85_de: "ich" stands after "musste".
    assert hints_only(
        "In den Datenbanken selbst passt es, aber an dem Tag musste ich den CSV-Export manuell "
        "anwerfen und habe offenbar das falsche Datum eingegeben.",
        "de",
    )
    # The clause before "und" with a colleague as its subject, after the writer's own clause.
    assert blocks(
        "Ich war im Urlaub, aber an dem Tag musste der Kollege den Export anwerfen und hat das "
        "falsche Datum eingegeben.",
        "de",
    )
    assert blocks(
        "An dem Tag musste er den Export anwerfen und hat das falsche Datum eingegeben.", "de"
    )
