"""Classes of blame held-out 76 (English and German, regulators', auditors' and parliaments'
voice) showed, looked at after its blind run: each real sentence with a near neighbour on the
other side, and the false alarm it found. The sets are tests/data/lint/real/heldout76_en.tsv
and heldout76_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Summary: There was fault by the Council.",
        "Summary: There was no fault by the Council.",
        "en",
        id="en-fault-by-the-council",
    ),
    pytest.param(
        "Islington LBC has been fined £70,000 for mistakenly releasing personal data in "
        "response to a Freedom of Information Act request.",
        "Islington LBC has been asked for £70,000 of new laptops in response to a Freedom of "
        "Information Act request.",
        "en",
        id="en-fined-for-mistakenly-releasing",
    ),
    pytest.param(
        "The person who released the data did not have sufficient knowledge of spreadsheets to "
        "recognise the error or to put it right.",
        "The spreadsheet that released the data did not have sufficient checks to recognise "
        "the error or to put it right.",
        "en",
        id="en-did-not-have-sufficient-knowledge",
    ),
    pytest.param(
        "Die Behörden haben nicht oder nur mangelhaft untersucht, ob die Miete von IT im "
        "Vergleich zum Kauf wirtschaftlich war.",
        "Die Behörden haben gründlich untersucht, ob die Miete von IT im Vergleich zum Kauf "
        "wirtschaftlich war.",
        "de",
        id="de-nicht-oder-nur-mangelhaft-untersucht",
    ),
    pytest.param(
        "Die Person informierte das Unternehmen per E-Mail, doch die Nachricht wurde von einer "
        "Mitarbeiterin fälschlicherweise als Spam behandelt und erreichte weder die "
        "Geschäftsleitung noch die IT-Abteilung.",
        "Die Person informierte das Unternehmen per E-Mail, doch die Nachricht wurde von einem "
        "Filter fälschlicherweise als Spam behandelt.",
        "de",
        id="de-von-einer-mitarbeiterin-faelschlicherweise",
    ),
    pytest.param(
        "Wer hat wann genau den entsprechenden Lasttest auf wessen Veranlassung hin durchgeführt?",
        "Wann genau wurde der entsprechende Lasttest durchgeführt?",
        "de",
        id="de-wer-hat-wann-genau",
    ),
    pytest.param(
        "Dazu hatte die Kommune selbst beigetragen.",
        "Dazu hatte der Sturm beigetragen.",
        "de",
        id="de-selbst-beigetragen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_what_customers_would_have_seen_is_no_hindsight() -> None:
    check_false_alarm(
        "The sessions were immediately re-established on another link, but you would have "
        "seen a drop and then re-establishment.",
        "The sessions were re-established on another link, but you should have seen the drop.",
        "en",
    )
