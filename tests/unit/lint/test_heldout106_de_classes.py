"""Classes the German held-out 106 (energy and mobility IT) showed, looked at after its blind
run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout106_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_user_error_named_to_be_denied() -> None:
    check_false_alarm(
        "Wer meint, dass hier ein schon etwas älterer Mann nicht mit der modernen Technik "
        "zurechtkommt und einen einen Anwenderfehler gemacht hat, liegt falsch: Auf Anfrage des "
        "Starnberger Merkur bestätigt Eon, der Betreiber der Ladesäule, dass es sich um einen "
        "Defekt gehandelt hat.",
        "Ein Anwenderfehler hat den Ausfall verursacht.",
        lang="de",
    )
    # The English form of the same refutation.
    assert not blocks("Anyone who thinks this was user error is wrong: the charger had a defect.")
    assert blocks("This was user error.")


def test_the_supervisors_who_refused() -> None:
    check_class(
        "Die Aufsicht weigert sich, die Schranke zu öffnen.",
        "Die Schranke weigert sich, aufzugehen.",
        lang="de",
    )
    assert not blocks("Unter Aufsicht wurde der Server neu gestartet.", "de")
