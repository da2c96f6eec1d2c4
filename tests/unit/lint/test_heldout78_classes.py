"""Classes of blame held-out 78 (English: open-source projects' and small hosts' own notes;
German: schools, offices and telecoms in news) showed, looked at after its blind run: each real
sentence with a near neighbour on the other side. The sets are
tests/data/lint/real/heldout78_en.tsv and heldout78_de.tsv."""

from __future__ import annotations

import pytest

from pmdesk.lint import lint
from pmdesk.lint._rules import _bundled_pack

from .tiers import check_class, hints_only

CLASSES = [
    pytest.param(
        "Which BT had failed to tell us about.",
        "Which the router had failed to tell us about.",
        "en",
        id="en-bt-is-a-company",
    ),
    pytest.param(
        "Due to a recent upgrade done by Jfrog on repo.jenkins-ci.org, authentication is broken.",
        "Due to a recent upgrade done by the deploy bot on repo.jenkins-ci.org, authentication "
        "is broken.",
        "en",
        id="en-an-upgrade-done-by-a-vendor",
    ),
    pytest.param(
        "Wo genau der Schaden auftrat, wollte die Telekom nicht verraten.",
        "Wo genau der Schaden auftrat, ist noch nicht bekannt.",
        "de",
        id="de-wollte-nicht-verraten",
    ),
    pytest.param(
        "Doch die Schulleitung verweigerte eine Herausgabe.",
        "Doch die Schulleitung veranlasste eine Herausgabe.",
        "de",
        id="de-verweigerte-eine-herausgabe",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_what_we_would_not_name_is_our_own() -> None:
    assert hints_only("Wir wollten den Namen nicht nennen.", "de")


def test_an_invitation_to_the_reader_is_not_read_as_blame_by_the_learned_reader() -> None:
    # documents34's only blocking finding (FIGBERT's server migration post): the learned
    # reader scored the sentence high for its "you", but an invitation blames nobody. The
    # reader's score moves each time it is retrained, so the invitation itself is checked.
    invitation = (
        "If you are one of these people, please don't hesitate to [email me] if you've got "
        "corrections, advice, or just want to flex that you know how to do backups better "
        "than I do."
    )
    pattern = _bundled_pack("en").courtesies
    assert pattern is not None
    assert pattern.search(invitation.lower())
    assert lint(invitation, lang="en") == []
