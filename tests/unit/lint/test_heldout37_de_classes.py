"""Classes of blame missed in held-out 37 (German), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "Wir haben gewechselt, weil die Deutsche Telekom es bis dahin (und vermutlich auch bis "
        "heute) nicht geschafft hat, an unserem Anschluss eine stabile Leitung zu schalten.",
        "Wir haben gewechselt, weil das Skript es bis dahin (und vermutlich auch bis heute) "
        "nicht geschafft hat, an unserem Anschluss eine stabile Leitung zu schalten.",
        "de",  # heldout37_de, abridged
        id="de-es-nicht-geschafft",
    ),
    pytest.param(
        "Verantwortlich für die Störung ist der Zahlungsdienstleister Telecash, der zu den "
        "großen Anbietern zählt.",  # heldout37_de, abridged
        "Verantwortlich für die Störung war ein Defekt im Netzteil.",
        "de",
        id="de-verantwortlich-fuer-die-stoerung-ist",
    ),
    pytest.param(
        "Für die meisten Zwischenfälle sind die Geldhäuser selbst verantwortlich.",
        "Für die meisten Zwischenfälle sind die Netzteile verantwortlich.",
        "de",  # heldout37_de
        id="de-fuer-die-zwischenfaelle-sind-x-verantwortlich",
    ),
    pytest.param(
        "Kam aber nicht, da sie meine Handynummer falsch weitergegeben hatten.",
        "Kam aber nicht, da das Formular meine Handynummer falsch weitergegeben hatte.",
        "de",  # heldout37_de, with the typo "Händinumer" put right
        id="de-falsch-weitergegeben",
    ),
    pytest.param(
        "Und bei Vodafone hat man uns bis heute nicht gesagt, wie es weitergeht.",
        "Und auf der Statusseite steht bis heute nicht, wie es weitergeht.",
        "de",  # heldout37_de
        id="de-bis-heute-nicht-gesagt",
    ),
    pytest.param(
        "Habt ihr alle wieder prima hingekriegt.",  # heldout37_de: praise as mockery
        "Das Team hat den Umzug prima hingekriegt.",
        "de",
        id="de-wieder-prima-hingekriegt",
    ),
    pytest.param(
        "Da weiß offenbar eine Hand nicht, was die andere tut.",  # heldout37_de
        "Da weiß offenbar der Monitor nicht, was der Balancer tut.",
        "de",
        id="de-eine-hand-weiss-nicht",
    ),
    pytest.param(
        "Schon die Tatsache, dass die Telekom mehr als sieben Wochen brauchte, wirft ein "
        "schlechtes Licht auf das Unternehmen.",  # heldout37_de, abridged
        "Schon die Tatsache, dass die Reparatur mehr als sieben Wochen brauchte, zeigt die "
        "Lücke im Ersatzteillager.",
        "de",
        id="de-wirft-ein-schlechtes-licht-auf",
    ),
    pytest.param(
        "Denn den Unmut erregte eher der mangelnde Reparatureifer der Telefon- und "
        "Internet-Anbieter.",  # heldout37_de: a shared compound's first half is no head
        "Denn den Unmut erregte eher die mangelnde Wartung der Telefon- und Internet-Leitungen.",
        "de",
        id="de-mangelnder-eifer-der-anbieter",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
