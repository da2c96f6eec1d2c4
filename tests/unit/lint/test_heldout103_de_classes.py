"""The false alarm of the German held-out 103 (mobile and broadband changeovers), fixed after its
blind run, with a look-alike that must still block. The set is
tests/data/lint/real/heldout103_de.tsv."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_what_firms_are_forced_to_do_is_no_recklessness() -> None:
    check_false_alarm(
        "Stehen im Gemeindegebiet weitere Tiefbauarbeiten an, müssen die beauftragten Firmen auf "
        "gut Glück graben und hoffen, keine Glasfaserleitung zu kappen.",
        "Der Baggerfahrer hat auf gut Glück gegraben.",
        lang="de",
    )
