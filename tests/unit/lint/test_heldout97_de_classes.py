"""Classes the German held-out 97 (smart-home and consumer devices) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout97_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_an_open_question_about_the_cause_is_no_verdict() -> None:
    check_false_alarm(
        "Die Frage ist, ob Danika Jones das Gerät falsch bedient hat oder ein Fehler an der "
        "Maschine vorlag.",
        "Danika Jones hat das Gerät falsch bedient.",
        lang="de",
    )
    assert not blocks("Ob der Admin das Gerät falsch bedient hat, ist unklar.", "de")


def test_a_party_that_did_a_lousy_job() -> None:
    check_class(
        "Sonos hat mit seiner neuen App einen miserablen Job gemacht.",
        "Sonos hat mit seiner neuen App einen großen Schritt gemacht.",
        lang="de",
    )


def test_a_party_that_will_not_answer() -> None:
    check_class(
        "Die Frage, seit wann genau HP seine Drucker via automatische Updates für "
        "Fremdpatronen sperrt, will der Konzern nicht beantworten.",
        "Die Frage, seit wann genau HP seine Drucker via automatische Updates für "
        "Fremdpatronen sperrt, will der Konzern bald beantworten.",
        lang="de",
    )
    assert not blocks("Der Server will nicht starten.", "de")
    assert hints_only("Wir wollten nicht bestätigen, dass der Dienst betroffen war.", "de")
