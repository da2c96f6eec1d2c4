"""Classes behind misses and false alarms of the English held-out sets from 141 on (research
software, real estate, digital identity, accessibility, machine translation, school operations,
genealogy, transit fares, theme parks, creators' royalties, virtual events, building systems),
fixed in the rules after their blind runs. The sets are tests/data/lint/real/heldout141_en.tsv
and later."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_party_that_refuses_to_talk_or_help() -> None:
    check_class(
        "The vendor refuses to talk to customers.", "The model refused to answer certain prompts."
    )
    check_class("The bank refused to help us.", "The bank offered to help us.")
    # A decision not to deal with an attacker, in an incident's timeline, is no failure.
    assert not blocks("| `17:25` | Refused to engage | The attacker's contact was declined. |")


def test_a_party_that_left_people_in_the_dark() -> None:
    check_class(
        "For one county in California, the scenario occurred and left parents in the dark.",
        "For one county in California, parents were left in the dark.",
    )
    check_class(
        "The provider left its customers in limbo for three days.",
        "A banking error left them in limbo for three days.",
    )


def test_errors_in_the_plural_made_by_people() -> None:
    check_class(
        "Lewis re-crunched the numbers and found that Resplandy and her team had made "
        "significant errors in their calculations.",
        "Lewis re-crunched the numbers and found that the script had made significant errors "
        "in its calculations.",
    )
    # The writers' own admission stays a hint, and so does one they acknowledged.
    assert not blocks("So... we made a few mistakes, one of which was severe.")
    assert not blocks(
        "Researchers have acknowledged they made several errors and requested the original "
        "study be retracted."
    )


def test_mistakes_in_general_as_what_a_condition_brings() -> None:
    check_false_alarm(
        "This can lead to silly mistakes and shabby code in general though.",
        "The outage happened because someone made a silly mistake.",
    )


def test_the_reader_addressed_in_a_set_phrase_is_no_doer() -> None:
    # Held-out 117's water company: "As you know" framed its own admission, which blocked as
    # if the reader had made the mistakes.
    assert not blocks(
        "As you know, in 2019 we made a series of mistakes in the water meter reading and "
        "billing process."
    )
    assert blocks("As you know, Bob made a series of mistakes in the billing process.")
    assert not blocks("Wie Sie wissen, haben wir einen Fehler gemacht.", "de")
    assert blocks("Wie Sie wissen, hat der Admin einen Fehler gemacht.", "de")


def test_public_bodies_named_by_their_acronyms_are_parties() -> None:
    # Held-out 143's inspector general on the GSA, held-out 112's ATO: agencies' acronyms
    # are parties, where the acronyms of techniques (DNS, CDN) stay systems.
    check_class(
        "Further, GSA continued to mislead customer agencies even after GSA suspended efforts "
        "to meet SP 800-63-3.",
        "Further, DNS continued to fail even after the resolvers were restarted.",
    )
    check_class(
        "US GSA gets caught fibbing about Login.gov identity verification compliance",
        "US GSA gets caught out by Login.gov identity verification compliance",
    )


def test_a_party_that_lets_people_down() -> None:
    check_class(
        "Even after starting to caption more online videos, Netflix continues to let down deaf "
        "and hard of hearing people.",
        "Even after starting to caption more online videos, the player continues to slow down "
        "for deaf and hard of hearing people.",
    )
    assert blocks("Netflix Lets Down Deaf People Again")
    # The writers' own apology stays a hint.
    assert not blocks("We have let you down.")
    assert not blocks("We have let these customers down and we apologise for this.")


def test_the_people_a_failure_hit_feel_it() -> None:
    # Held-out 146: parents outraged or panicking are the people the bus routes failed, no
    # party whose conduct is judged.
    check_false_alarm(
        "Confused kids were driven around aimlessly all afternoon while panicked parents were "
        "left in the dark.",
        "The panicked engineer deleted the volume.",
    )
    check_false_alarm(
        "After a lashing by outraged parents at the board meeting, Hanna announced the removal "
        "of the transportation director.",
        "The district outraged parents by announcing the new routes at midnight.",
    )


def test_a_passive_without_a_doer_borrows_none_after_its_comma() -> None:
    check_false_alarm(
        "The master plan housed on EduLog's systems was accidentally erased on Monday, August "
        "5th, a week before school was scheduled to start.",
        "The master plan was accidentally erased by Bob on Monday, August 5th, a week before "
        "school was scheduled to start.",
    )


def test_an_act_called_a_faux_pas() -> None:
    check_class(
        "IN a major faux pas the Catalan government has used Google to translate its new "
        "website from Catalan to English, with comic effect.",
        "IN a major change the Catalan government has used Google to translate its new "
        "website from Catalan to English, with comic effect.",
    )
    # The writers' own apology for one stays theirs.
    assert not blocks("Sorry for that goof-up!")


def test_a_party_caught_overcharging() -> None:
    check_class(
        "Telstra is paying the price after being caught overcharging customers for the third "
        "time since 2020.",
        "Telstra is paying the price after being audited by the regulator for the third "
        "time since 2020.",
    )


def test_customers_who_were_overcharged_name_no_one() -> None:
    check_false_alarm(
        "This information relates to all customers who were overcharged, as a result of a system "
        "error, for the NiteRider service.",
        "This information relates to all customers whom the operator overcharged for the "
        "NiteRider service.",
    )


def test_who_is_to_blame_in_its_short_form() -> None:
    check_class("Who's to Blame for ORCA Malfunctions?", "What's to Blame for ORCA Malfunctions?")
    check_class("So, who’s to blame?", "So, what’s to blame?")
    # Not a question: the discussion of who is to blame.
    assert not blocks(
        "The rollout has been rife with problems, but the discussion of who’s to blame has been "
        "much more complicated."
    )


def test_a_party_years_late_delivering() -> None:
    check_class(
        "Conduent was two years late developing the system.",
        "The system was two years late because of the tender.",
    )


def test_a_shambolic_state_and_poorly_managed_things() -> None:
    check_class(
        "There can be no doubt that the frankly shambolic state of the Passport Office is an "
        "example of systemic failure.",
        "There can be no doubt that the frankly slow state of the Passport Office is an example "
        "of systemic failure.",
    )
    check_class(
        "Disney's Lightning Lane program has become so oversubscribed and poorly managed that "
        "the queues are long.",
        "Disney's Lightning Lane program has become so oversubscribed and popular that the "
        "queues are long.",
    )
    assert not blocks("He said: \"It's hardly shambolic.")


def test_an_elevator_taken_out_of_service_is_no_person_removed() -> None:
    check_false_alarm(
        "Signage will be posted when an elevator is taken out of service.",
        "The engineer was taken out of service pending review.",
    )


def test_an_algorithm_is_a_standing_system_not_its_owners_act() -> None:
    check_false_alarm(
        "The company's algorithm, which was supposed to predict housing prices, didn't seem to "
        "understand the market.",
        "The company's engineers didn't understand the market.",
    )
