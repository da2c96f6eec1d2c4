"""Two classes read off the German labelled sets' pooled misses (the words most common in missed
blame and rare in clean sentences): a party "überfordert" and a party "nicht in der Lage" to do
what it owes its customers. Each real sentence with a near neighbour on the other side."""

from __future__ import annotations

from .tiers import check_class, hints_only


def test_people_or_a_body_judged_overwhelmed() -> None:
    check_class(
        "Eine beispiellose Pannenserie in der Schaltzentrale und das völlig überforderte Personal "
        "konterkarieren wirkungsvoll alle DB-Bemühungen, ihr Ansehen zu verbessern.",
        "Eine beispiellose Pannenserie in der Schaltzentrale und die völlig überforderte "
        "Datenbank konterkarieren wirkungsvoll alle DB-Bemühungen, ihr Ansehen zu verbessern.",
        lang="de",
    )
    check_class("Krankenkassen heillos überfordert", "Rechenzentren heillos überlastet", lang="de")
    check_class(
        "Offenbar war der Streamingdienst mit dem Ansturm auf das Kracherspiel überfordert:",
        "Offenbar waren die Server mit dem Ansturm auf das Kracherspiel überfordert:",
        lang="de",
    )
    assert hints_only("Wir waren völlig überfordert.", "de")


def test_a_party_unable_to_do_what_it_owes() -> None:
    check_class(
        "Die Migros ist derzeit nicht in der Lage, den Käse vom eigenen Lager in die Läden zu "
        "bringen.",
        "Das Team war nicht in der Lage, den Fehler zu reproduzieren.",
        lang="de",
    )
    check_class(
        "Wenn der beauftragte Dienstleister nicht in der Lage ist, die vereinbarte Arbeit "
        "abzuliefern, muss eine andere Lösung her.",
        "Wenn der Server nicht in der Lage ist, die Anfragen zu bearbeiten, muss eine andere "
        "Lösung her.",
        lang="de",
    )
