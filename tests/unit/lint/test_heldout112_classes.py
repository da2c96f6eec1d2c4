"""Classes the English held-out 112 (tax and passport offices' IT) showed: its false alarms,
fixed after its blind run, and a class it missed, each with a near neighbour. The set is
tests/data/lint/real/heldout112_en.tsv."""

from __future__ import annotations

from .tiers import check_class, check_false_alarm


def test_a_forecast_about_the_public_is_no_duty() -> None:
    check_false_alarm(
        "Senior government officials were at a loss to explain what happened, even as close to "
        "5 million Americans were expected to try to file their taxes before the midnight "
        "deadline.",
        "The engineer was expected to check the backups.",
    )


def test_blame_put_on_attackers_names_no_one_in_the_review() -> None:
    check_false_alarm("I blame Russian hackers.", "I blame the intern.")


def test_which_after_an_organisation_stands_for_it() -> None:
    # Held-out 112's "HM Revenue and Customs, which has not covered itself in glory recently
    # …" names the office in words the lexicon does not hold; its short name is the class.
    check_class(
        "HMRC, which has not covered itself in glory, is in another pickle.",
        "The portal, which has not covered itself in glory, is in another pickle.",
    )
    check_class(
        "The council, which failed to renew the certificate, apologised.",
        "The server, which failed to renew the certificate, was replaced.",
    )
