"""Classes behind the misses and false alarms of the English held-out sets 126 to 139 (apps and
platforms, energy, collaboration services, sport, AI systems, ports, tax software, labs,
student loans, libraries, gyms, mobile carriers, relief portals, HR software), fixed in the
rules after their blind runs. The sets are
tests/data/lint/real/heldout126_en.tsv to heldout139_en.tsv."""

from __future__ import annotations

from pmdesk.lint import lint
from pmdesk.lint._rules import _bundled_pack

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_party_that_is_not_answering_its_customers() -> None:
    check_class(
        "The company is not responding to support requests except with a canned response with "
        "no timeline for affected users.",
        "The API is not responding to requests except with a timeout.",
    )
    check_class(
        "Drivers also have the option to contact online support, but sometimes the "
        "representative stops replying to messages.",
        "The database stopped responding to requests.",
    )


def test_a_party_that_did_not_report_train_or_reveal() -> None:
    check_class(
        "Issue: Allegheny Power did not supply a written report to RFC and NERC for a "
        "reportable incident within 24 hours of the disturbance.",
        "The monitoring did not file a report.",
    )
    check_class(
        "Specifically, ReliabilityFirst concluded that entity operating personnel had not "
        "completed the initial training on receiving Operating Instructions.",
        "The new hires completed the initial training on receiving Operating Instructions.",
    )
    check_class(
        "Uber did not reveal the nature of the technical issue or provide information about "
        "which jobs drivers were overpaid on.",
        "The logs did not reveal the nature of the technical issue.",
    )


def test_an_omission_made_a_party_s_responsibility() -> None:
    check_class(
        "In a tweet proving how tone-deaf ERCOT is, the organization responsible for not "
        "upgrading the Texas grid to work during extremely cold weather wrote a reply.",
        "The cron job was responsible for not rotating the logs.",
    )
    check_class(
        "Dana was responsible for not renewing the certificate.",
        "Dana was responsible for renewing the certificate.",
    )


def test_a_party_held_culpable_or_judged_culpable() -> None:
    check_class(
        "Here is a company that should be held culpable for Texans freezing to death.",
        "Here is a company that should be held up as an example of good practice.",
    )
    check_class("The vendor is culpable.", "No one is culpable here.")


def test_a_market_operator_or_participant_is_a_party() -> None:
    check_class(
        "We all knew that ERCOT was to blame for a lot of this.",
        "We all knew that DNS was to blame for a lot of this.",
    )
    check_class(
        "Day-ahead power prices in Finland fell after one market participant erroneously "
        "offered power supplies equating to almost half of expected demand.",
        "The bidding script erroneously offered power supplies equating to half of demand.",
    )


def test_an_error_by_a_party_that_caused_the_harm() -> None:
    check_class(
        "A bidding error by market participant Kinect Energy resulted in Finnish power prices "
        "for Friday plummeting to -203.40 euros per megawatt hour.",
        "An error by the load balancer caused the outage.",
    )


def test_an_erroneous_thing_handed_over_by_a_party() -> None:
    # Held-out 13's "… when a Mizuho Securities trader placed an erroneous sell order of J-Com
    # shares", told without the exchange's "said" (which keeps it a quiet hint).
    check_class(
        "A Mizuho Securities trader placed an erroneous sell order of J-Com shares.",
        "The order router placed an erroneous sell order of J-Com shares.",
    )
    check_class(
        "The vendor has sent incorrect data to the Supplier Volume Allocation Agent.",
        "The script sent incorrect data to the Supplier Volume Allocation Agent.",
    )


def test_a_state_things_ended_in_is_no_wrong_thing_picked() -> None:
    check_false_alarm(
        "We processed all of them, but moved them into an erroneous state.",
        "The operator moved them into an erroneous bucket.",
    )


def test_a_clause_opened_by_after_keeps_its_own_subject() -> None:
    # Held-out 129's false alarm: the website crashed and advertised, not the fans.
    check_false_alarm(
        "Tens of thousands of Olympics fans were left furious yesterday after the new ticket "
        "resale website crashed and wrongly advertised sold seats.",
        "Customers were angry after the engineer rebooted and wrongly deleted the data.",
    )


def test_organisers_and_sports_broadcasters_are_parties() -> None:
    check_class(
        "In doing so, the turn at mile four was also changed, however, when the start and "
        "finish lines reverted back to their original point in 2015, the organisers failed to "
        "readjust the rest of the course accordingly.",
        "In doing so, the turn at mile four was also changed, however, when the start and "
        "finish lines reverted back to their original point in 2015, the timing mats failed "
        "to register the rest of the course accordingly.",
    )
    check_class(
        "Well, in the golden era of technological advances and development, ESPN dropped the "
        "ball this weekend leaving millions of fantasy football players in the dark!",
        "Well, in the golden era of technological advances and development, the ball dropped "
        "this weekend leaving millions of fantasy football players in the dark!",
    )


def test_a_party_that_is_not_forthcoming() -> None:
    check_class(
        "Office 365 went partly offline yesterday, though Microsoft isn’t being too "
        "forthcoming with details.",
        "Office 365 went partly offline yesterday, though details of the forthcoming fix are "
        "scarce.",
    )


def test_factors_out_of_someone_s_control_clear_them() -> None:
    # Held-out 129's false alarm of the learned reader: a plea not to flame the organisers.
    flaming = (
        "However before you start flaming them on every available social media outlet or jump "
        "off a bridge over your disappointment, please take into consideration that there are "
        "factors involved that are out of their control."
    )
    assert lint(flaming) == []
    # Things merely outside their control clear no one ("… they have official blogs outside
    # of their control that were up …", held-out 97): the exemption does not read it as a
    # reason, so the learned reader may still speak (its score moves with each retraining).
    blogs = (
        "Sure they could not post on their own websites while down, but they have official "
        "blogs outside of their control that were up and so they did have the ability to "
        "communicate."
    )
    exemption = _bundled_pack("en").local_rationality
    assert exemption is not None
    assert exemption.search(blogs) is None
    assert exemption.search(flaming) is not None


def test_a_person_who_lied() -> None:
    # Held-out 130.
    check_class("Buscaglia lied.", "The dashboard lied to us.")
    check_class("The vendor lied about the cause.", "The bug lied dormant for months.")


def test_an_investigator_s_finding_on_crews_knowledge_and_attention() -> None:
    # Held-out 131 (the MAIB on a cutter's officers) and a near neighbour of a forum post's
    # "the Captain was driving his boat without paying attention to things around him".
    check_class(
        "The cutter’s officers did not possess an adequate level of knowledge to operate the "
        "ECDIS as the primary means of navigation.",
        "The cutter’s chart system did not possess an adequate level of detail to operate as "
        "the primary means of navigation.",
    )
    check_class(
        "The Captain was driving his boat without paying attention to things around him.",
        "The script was running without paying attention to the lock.",
    )


def test_a_ship_s_mate_is_a_person() -> None:
    check_class(
        "The Mate should have recognized what was happening but thats another story.",
        "The alarm should have recognized what was happening but thats another story.",
    )


def test_what_a_party_told_someone_is_reported() -> None:
    # Held-out 130: the airline's account to the tribunal; the attribution "told … that" never
    # matched (its pattern asked for two spaces before "that").
    told = "The airline told the Tribunal that Moffatt didn’t follow the proper procedure."
    assert hints_only(told)
    # What someone should have told is no attribution.
    assert blocks("Then, he should have told the guy that he expects him to be more careful.")


def test_slang_for_a_firm_s_blunder_and_its_silence() -> None:
    # Held-out 132 and 133, and held-out 125's Fitbit.
    check_class(
        "IRS: H&R Block Causing Refund Delays After Bungling 600,000 Tax Returns",
        "IRS: Refund Delays After Outage Hits 600,000 Tax Returns",
    )
    check_class(
        "H&R apparently biffed when filing Form 8863, used to claim educational credits, "
        "accidentally leaving a mandatory field blank.",
        "The form apparently failed when filing Form 8863, leaving a mandatory field blank.",
    )
    check_class(
        "Duncan Selbie, the £180,000-a-year chief executive of Public Health England, had "
        "remained silent for two days over his involvement.",
        "The smoke alarm had remained silent for two days over the kitchen.",
    )
    check_class(
        "For the past month, Fitbit remained silent while customer complaints mounted over a "
        "recent software update for its Charge 2 fitness tracker that ruined some devices.",
        "For the past month, the pager remained silent while errors mounted.",
    )


def test_an_error_by_a_party_named_as_the_cause() -> None:
    check_class(
        "The 25-year-old may have to wait as long as six weeks before he sees his refund, "
        "because of a filing error by H&R Block.",
        "The outage happened because of an error by the load balancer.",
    )


def test_inaccurate_things_sent_out_and_held() -> None:
    check_class(
        "Equifax, one of the nation's largest credit bureaus, sent out inaccurate credit scores "
        "for millions of Americans between March and early April.",
        "Equifax, one of the nation's largest credit bureaus, received inaccurate credit scores "
        "for millions of Americans between March and early April.",
    )
    # Held-out 120's clean sentence: a system that contained inaccurate data.
    check_false_alarm(
        "Atlas contained inaccurate data on asylum seekers, and failed to record people "
        "receiving Home Office support when they were living in government hotels.",
        "The Home Office sent inaccurate data on asylum seekers to the councils.",
    )


def test_a_laboratory_is_a_party() -> None:
    check_class(
        "The laboratory failed to adequately address this deficiency and provide acceptable "
        "evidence of correction.",
        "The analyser failed to adequately address this deficiency.",
    )


def test_a_possibility_people_were_warned_of_is_no_hindsight() -> None:
    assert hints_only(
        "Hundreds of thousands of women were unnecessarily worried when they were warned they "
        "could have missed their final breast cancer screening this year."
    )
    assert blocks("The engineer could have missed the alert.")


def test_errors_made_by_a_party_and_loan_servicers_as_parties() -> None:
    # Held-out 134.
    check_class(
        "The long hold times we are facing haven’t been a surprise, but errors made by "
        "servicers have added a new and complicated wrinkle to the restart.",
        "The long hold times we are facing haven’t been a surprise, but errors made by the "
        "batch job have added a new and complicated wrinkle to the restart.",
    )
    # Held-out 3's statement about outages in general is no charge.
    assert not blocks(
        "Mistakes made by employees or contractors are the leading cause of unplanned IT "
        "outages, often having a more significant impact than cyberattacks or hardware failure."
    )


def test_sympathy_with_the_reader_is_no_charge() -> None:
    check_false_alarm(
        "While we understand you didn’t request this loan transfer and this kind of change can "
        "be challenging, we encourage you to reach out to us with questions.",
        "You didn’t request this loan transfer, so we had to reverse it.",
    )


def test_a_judging_word_said_of_machines() -> None:
    # Held-out 135's false alarms.
    check_false_alarm("Stupid Electronic Systems", "Stupid admins.")
    check_false_alarm("Stupid self-checkout.", "That was a stupid decision by the admin.")


def test_carriers_and_gyms_that_overcharge_refuse_or_close_without_warning() -> None:
    # Held-out 136 and 137 (EE's sentence cut short: in full, its "rather than 19p per minute"
    # reads to the rules as what made the charge make sense, and it stays missed).
    check_class(
        "EE pocketed over £245,000 when at least 32,145 people were wrongly charged.",
        "The meter pocketed over £245,000 in coins before it jammed.",
    )
    check_class(
        "I even have a brand-new unused physical SIM card with me, but Airtel refuses to "
        "activate it over the phone, they insist I visit a store in person.",
        "I even have a brand-new unused physical SIM card with me, but the phone refuses to "
        "activate it, it insists I visit a store in person.",
    )
    check_class(
        "British virtual mobile operator company, Ovivo Mobile, closed down on Wednesday "
        "without giving any prior warning or explanation.",
        "The primary database shut down on Wednesday without giving any prior warning.",
    )
    check_class("The vendor overcharged customers.", "Customers have been overcharged.")
    check_class(
        "They make it impossible to cancel your membership.",
        "The new UI made it difficult to contact support.",
    )


def test_things_judged_in_general_are_no_one_s_act() -> None:
    check_false_alarm(
        "Yet another reason why eSIMs are a terrible idea when things go wrong.",
        "What you are trying to do is a terrible idea!",
    )


def test_pay_that_people_missed_and_a_culprit_denied() -> None:
    # Held-out 139's false alarms.
    assert not blocks("Last Friday, employees at 200 VT companies missed their paychecks.")
    assert blocks("The vendor missed the deadline.")
    check_false_alarm(
        "Not everything that goes wrong is actually payroll’s fault.",
        "It was payroll's fault.",
    )


def test_a_bungle_or_a_stuff_up_named() -> None:
    # Held-out 138.
    check_class(
        "JobKeeper numbers cut by 3 million after Federal Government reveals accounting bungle "
        "in coronavirus stimulus program",
        "JobKeeper numbers cut by 3 million after Federal Government reveals accounting error "
        "in coronavirus stimulus program",
    )
    check_class("The government stuff-ups cost less.", "The government programmes cost less.")
