"""Classes behind misses and false alarms of the English held-out sets from 155 on (funerals,
death records and church giving; satellites, GPS, navigation and weather services; prisons;
hotels and restaurants; EV charging and fuel stations; charities; esports and betting;
cinemas and theatres), fixed in the rules after their blind runs. The sets are
tests/data/lint/real/heldout155_en.tsv and later."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only, tier


def test_people_who_lacked_training_were_not_trained_which_is_no_lapse_of_theirs() -> None:
    check_false_alarm(
        "The system has become more tangled because hundreds of doctors who issue death "
        "certificates have not been entered into the online system, and several funeral "
        "administrators said they didn’t have enough training on the new database.",
        "The person who released the data did not have sufficient knowledge of spreadsheets "
        "to recognise the error.",
    )
    assert not blocks("The administrators didn’t have enough training on the new database.")


def test_a_clause_that_dates_the_act_by_an_onset_explains_nothing() -> None:
    # "after the outage began" is when the notice was late, not why: no rescue.
    check_class(
        "In the case of NYCWiN, Northrop Grumman, which won a city contract in 2006 to build "
        "and run the network, was slow to notify DoITT after the outage began.",
        "In the case of NYCWiN, Northrop Grumman, which won a city contract in 2006 to build "
        "and run the network, notified DoITT after the outage began.",
    )
    # A clause with a cause still explains: the rescue stays.
    assert not blocks(
        "The vendor was slow to respond after the ticket system had misrouted the page."
    )


def test_such_a_mistake() -> None:
    check_class(
        "Michelle Martin made such a mistake in the last issue of the Catholic New World.",
        "Michelle Martin corrected such a mistake in the last issue of the Catholic New World.",
    )


def test_kicking_the_can_down_the_road_and_not_caring_at_all() -> None:
    check_class(
        "These problems have been around at least 15 years as subsequent NOAA administrators "
        "have kicked the can down the road.",
        "These problems have been around at least 15 years as subsequent NOAA administrators "
        "have raised the problem on the road map.",
    )
    check_class(
        "They couldn't care less about the call.", "They could not have been kinder on the call."
    )


def test_praise_that_says_no_one_could_have_done_better_is_no_hindsight() -> None:
    # Found while writing the neighbour of the test above: the praise blocked as hindsight.
    check_false_alarm(
        "They could not have been kinder on the call.", "The vendor could have been more helpful."
    )
    assert not blocks("The staff couldn't have been more helpful.")


def test_a_deed_called_egregious() -> None:
    check_class(
        "Big and small earning authors are losing mega-dollars because of Audible's egregious "
        "behavior.",
        "Big and small earning authors are losing mega-dollars because of Audible's pricing "
        "behavior.",
    )
    # A thing's flaw judged so is no one's deed.
    assert not blocks("This egregious bug in the parser dropped every third row.")


def test_people_left_unsupervised_or_unattended() -> None:
    check_class("GPS company left convicts unsupervised", "GPS company kept convicts supervised")
    assert not blocks("The job left the queue unattended overnight.")


def test_a_system_called_dysfunctional_is_no_judged_party() -> None:
    check_false_alarm(
        "Improvements to Arts Council England’s (ACE) dysfunctional grant application system, "
        "Grantium, have been put on hold due to the Covid-19 crisis.",
        "Long story short; I work (well, worked) for a large transportation company, with an "
        "utterly dysfunctional management.",
    )


def test_charities_and_commissions_as_parties_and_slow_to_grasp() -> None:
    check_class(
        "The charity mistakenly included the contact emails of 22 supporters among 70,000 "
        "dummy email addresses.",
        "The script mistakenly included the contact emails of 22 supporters among 70,000 "
        "dummy email addresses.",
    )
    check_class(
        "The commission was also slow to appreciate the potential impact of the case on "
        "public confidence in charities.",
        "The commission was also quick to appreciate the potential impact of the case on "
        "public confidence in charities.",
    )
    assert not blocks("The commission has published its report.")


def test_a_fail_or_a_screw_up_on_a_partys_part() -> None:
    check_class(
        "So that’s a HUGE fail on Cineworld’s part.", "So that’s a HUGE win on Cineworld’s part."
    )
    check_class(
        "We had a serious screw up tonight on the part of house management.",
        "We had a serious debate tonight on the part of house management.",
    )
    # The writers' own: a hint at most.
    assert not blocks("That was a mistake on my part.")


def test_idioms_of_things_and_firms_are_no_judgement_of_people() -> None:
    # "April fool" is the day's joke; a smart device gone dumb is a pun about a thing; a firm
    # that failed to make it as a business failed commercially, not at a task.
    check_false_alarm("This is no April fool.", "The admins are fools.")
    check_false_alarm("The smart speakers were suddenly dumb.", "The admins were suddenly dumb.")
    check_false_alarm(
        "A few days later all was explained via a note on the Insteon web site saying that the "
        "company has failed to make it as a business.",
        "The vendor failed to renew the certificate.",
    )


def test_lawyers_are_people_and_fake_citations_their_deed() -> None:
    check_class("The attorney forgot the deadline.", "The calendar forgot the deadline.")
    check_class(
        "Gordon Rees became a cautionary example for AI hallucination mishaps after one of its "
        "attorneys submitted fabricated citations in a bankruptcy case last summer.",
        "Gordon Rees became a cautionary example for AI hallucination mishaps after one of its "
        "attorneys flagged fabricated citations in a bankruptcy case last summer.",
    )
    # A tool that finds fake citations does nothing wrong.
    assert not blocks("The linter caught fake citations before the filing.")


def test_an_events_schedule_is_no_duty_missed() -> None:
    check_false_alarm(
        "At 3:51 in the afternoon on the day on which the rental was supposed to begin, I "
        "received a voice message from a member of the staff at the location.",
        "The engineer was supposed to check the backups.",
    )
    assert blocks("The engineer was supposed to start the failover.")


def test_a_fault_denied_is_no_fault_assigned() -> None:
    check_false_alarm(
        "The Council was not at fault for Mr Y missing his flight and losing the money paid "
        "for his holiday.",
        "The Council was at fault for Mr Y missing his flight.",
    )
    assert blocks("The vendor was partly at fault.")
    assert not blocks("The vendor was never at fault.")


def test_a_but_clause_that_opens_with_its_verb_shares_the_doer_and_explains_nothing() -> None:
    # "but was not directly to blame" says more of the person; "but the runbook did not list
    # it" names the situation and still explains.
    assert blocks(
        "The nurse did not report the error but did check a pharmacy reference text and "
        "decided that the patient was not in danger."
    )
    assert not blocks("The engineer forgot the step, but the runbook did not list it.")


def test_two_word_roles_whose_head_alone_is_a_thing() -> None:
    # "agent", "guide" and "assistant" alone are software or documents; the pairs are people.
    check_class(
        "One couple nearly missed out on a dream family holiday because of a mistake by a "
        "travel agent.",
        "One couple nearly missed out on a dream family holiday because of a mistake by a "
        "monitoring agent.",
    )
    check_class("The tour guide never showed up.", "The style guide never showed up.")
    check_class(
        "They realised that the shop assistant had mistakenly booked the wrong dates.",
        "They realised that the voice assistant had mistakenly booked the wrong dates.",
    )


def test_left_in_the_dark_is_not_acting_without_knowing() -> None:
    check_false_alarm(
        "On Tuesday, I stayed stuck for one full hour on Tombstone, one of their six person "
        "chairlifts without knowing what was going on.",
        "The engineer deployed the change without knowing what it did.",
    )


def test_a_holiday_named_with_a_possessive_is_no_culprit() -> None:
    check_false_alarm(
        "Card Not Allowed: meters fail due to New Year’s glitch",
        "Card Not Allowed: meters fail due to Dave’s glitch",
    )
    assert not blocks("Sales dropped due to Valentine’s Day traffic.")


def test_the_subject_after_a_fronted_phrase_without_a_comma() -> None:
    # The subject is the noun phrase right before the verb, not a word of the fronted phrase.
    check_false_alarm(
        "Along with some helpful new features the update inadvertently introduced a bug.",
        "Along with some helpful new features Dave inadvertently introduced a bug.",
    )
    assert blocks("During the migration Dave inadvertently deleted the table.")
    assert not blocks("During the migration the script inadvertently deleted the table.")


def test_falling_below_expectations_and_not_being_up_to_the_job() -> None:
    check_class(
        "The Premier League sets high standards and is disappointed that PGMOL fell below "
        "those expectations last weekend.",
        "The Premier League sets high standards and is disappointed that the new index fell "
        "below those expectations last weekend.",
    )
    check_class(
        "It's crystal clear that if these mistakes are honest then the refs aren't up to the job.",
        "It's crystal clear that if these mistakes are honest then the load balancers aren't up "
        "to the job.",
    )


def test_making_no_attempt() -> None:
    check_class(
        "They seem to have made no attempts to transition the information to another provider.",
        "They seem to have made several attempts to transition the information to another "
        "provider.",
    )


def test_shelters_animal_control_and_officials_are_parties() -> None:
    check_class(
        "Animal control fails to notify owner who lost micro-chipped dog",
        "The microchip lookup fails to notify owner who lost micro-chipped dog",
    )
    check_class(
        "A North Carolina animal shelter has changed its protocols after it mistakenly "
        "euthanized a woman’s dog.",
        "A North Carolina animal shelter has changed its protocols after it euthanized a "
        "woman’s dog.",
    )
    check_class(
        "The street lamps were crashing to the ground because officials failed to properly "
        "take into account the city’s strong winds.",
        "The street lamps were crashing to the ground because the bolts failed to properly "
        "take into account the city’s strong winds.",
    )


def test_a_break_in_and_an_existential_passive_are_no_failures() -> None:
    check_false_alarm(
        "One or more people (probably more) armed with axes broke into that wing and hacked "
        "into about fifty lockers, mine included.",
        "One or more people broke that wing's lockers.",
    )
    check_false_alarm(
        "We believe there were also 15 students missed and this has been corrected today.",
        "We believe the cashier also missed 15 students and this has been corrected today.",
    )


def test_a_thing_pointed_back_to_is_the_subject_even_when_unknown() -> None:
    # No subject is borrowed from the clause after the comma ("… to recommend to people").
    check_false_alarm(
        "That caching introduced the bug where you got your rest day, and some workouts "
        "weren’t the correct workouts to recommend to people.",
        "That engineer introduced the bug where you got your rest day, and some workouts "
        "weren’t the correct workouts to recommend to people.",
    )


def test_gyms_and_academies_are_parties_and_being_out_of_line_is_a_fault() -> None:
    check_class(
        "Penelope Flanagan lost nearly $2000 because the gym failed to cancel her direct debit.",
        "Penelope Flanagan lost nearly $2000 because the payment app failed to cancel her "
        "direct debit.",
    )
    check_class(
        "This woman was completely out of line denying the child food.",
        "This value was completely out of line with the readings.",
    )


def test_a_possessive_fault_without_its_apostrophe() -> None:
    check_class("100% Merlins fault", "100% systems fault tolerance")
    assert not blocks("It was not his fault.")


def test_an_acronym_or_camelcase_name_before_a_verb_only_parties_do_is_a_party() -> None:
    check_class(
        "MoneyGram has violated law enforcement orders on many occasions with different agencies.",
        "The API has violated the schema on many occasions with different clients.",
    )
    # Products still fail without blame.
    assert not blocks("PagerDuty failed to page the on-call.")


def test_nor_with_the_verb_first_negates_its_clause() -> None:
    check_false_alarm(
        "However, Tweetlater is not to blame for these suspensions nor is it in violation of "
        "our Terms.",
        "However, Tweetlater is to blame for these suspensions and it is in violation of our "
        "Terms.",
    )


def test_owed_refunds_gerunds_as_nouns_and_embedded_who_questions_blame_no_one() -> None:
    check_false_alarm(
        "We are contacting affected passengers with the appropriate refund due to them.",
        "We are contacting affected passengers about the delays due to Dave.",
    )
    check_false_alarm(
        "Passenger complaints include unyielding turnstiles, overcharging, and out-of-service "
        "scanners.",
        "The operator keeps overcharging passengers at the turnstiles.",
    )
    assert not blocks("Penalty Fares Overcharging")
    check_false_alarm(
        "Most passengers couldn’t give a stuff what the reason is for outage and who is to blame.",
        "The operator is to blame for the outage.",
    )


def test_out_of_ones_depth_and_a_party_realizing_its_own_mistake() -> None:
    check_class(
        "It's every single day, and it's becoming apparent that the operator is out of it's depth.",
        "It's every single day, and it's becoming apparent that the pool is out of its depth.",
    )
    check_class(
        "Instead, students were given their usual rate – until the university realized its "
        "mistake.",
        "Instead, students were given their usual rate – until the script realized its mistake.",
    )


def test_what_someone_did_not_receive_is_no_hindsight() -> None:
    check_false_alarm(
        "It is clear that Mr PASSENGER did not receive the Defendants letter until 16 April 2012.",
        "It is clear that Mr PASSENGER did not read the Defendants letter until 16 April 2012.",
    )


def test_a_consequence_by_comparison_and_a_question_about_a_cause() -> None:
    check_false_alarm(
        "In one store, officers would have been charged 60p more for coffee at the checkout than "
        "the price displayed on the shelf.",
        "In one store, the cashier should have charged 60p less for coffee at the checkout.",
    )
    check_false_alarm(
        "Had Tesco removed my points due to some minor transgression of Clubcard conditions?",
        "Tesco removed my points due to Dave's mistake.",
    )


def test_a_promise_not_kept_a_lie_and_the_least_effort() -> None:
    check_class(
        "Unfortunately, Hilton didn’t make good on the rate.",
        "Unfortunately, Hilton didn’t make money on the rate.",
    )
    check_class(
        "In this correspondence, the General Manager of the hotel appears to clearly be lying.",
        "In this correspondence, the letter of the hotel appears to clearly be lying on the desk.",
    )
    assert not blocks("To say it's going to be 100 per cent, I'd be lying.")
    check_class(
        "My order was 2 pages and the picker only bothered to pick the first page.",
        "My order was 2 pages and the script only bothered to read the first page.",
    )


def test_a_name_that_fails_at_what_only_a_party_does_is_a_party() -> None:
    # An acronym is a product ("DNS", "NTP") until it fails at an act no system does.
    check_class(
        "During the audit period, NYCBS failed to maintain Citi Bike program equipment.",
        "During the audit period, NTP failed to sync the clocks of the program equipment.",
    )
    check_class(
        "Which BT had failed to tell us about.",
        "Which BT had promised to tell us about.",
    )
    assert not blocks("PagerDuty failed to notify the on-call.")
    check_class(
        "Lime blocked the account, but it refused to refund him any money.",
        "The card reader blocked the account, but it refused to open the gate.",
    )
    # "it" refusing a party's act is the firm; "it" failing to comply with a schema is a thing.
    assert not blocks("The export job failed, and it failed to comply with the schema.")
    assert not blocks("When we went to fix it, it refused to come back up.")


def test_an_opening_clause_explains_the_main_clause_not_a_relative_clause_after_it() -> None:
    check_class(
        "As a reckoning continues over mismanagement of the disaster, criticism is being heaped "
        "on the regional government, which failed to send an emergency alert until 8pm.",
        "As the storm knocked out the cell towers, the regional government failed to send an "
        "emergency alert until 8pm.",
    )


def test_what_follows_the_fact_that_is_asserted_whatever_the_negation_before() -> None:
    check_class(
        "It doesn't change the fact that their Quality Assurance team wasn't up to the task.",
        "It doesn't mean that their Quality Assurance team wasn't up to the task.",
    )
    assert blocks(
        "Das ändert nichts an der Tatsache, dass der Dienstleister die Frist versäumt hat.", "de"
    )


def test_a_noun_in_s_is_no_verb_and_a_comparison_is_no_counterfactual() -> None:
    # "statements showing incorrect amounts": what members received, not what they did.
    check_false_alarm(
        "As a result of these issues, some members received past billing statements showing "
        "incorrect amounts due.",
        "The admin pulls the wrong cable.",
    )
    check_false_alarm(
        "The discounts were applied to a higher gross premium than they would have otherwise "
        "been offered.",
        "The vendor should have applied the discounts to the premium.",
    )


def test_a_condition_that_would_not_have_changed_the_outcome_clears_the_person() -> None:
    check_false_alarm(
        "If the dispatcher had understood, it wouldn't have worked: the roof antenna couldn't "
        "connect to the sirens.",
        "If the dispatcher had understood the alarm, the sirens would have sounded.",
    )


def test_who_received_something_without_warning_did_nothing() -> None:
    check_false_alarm(
        "Mr C complained that in October 2011, without warning, they received a water bill for "
        "over £19,000.",
        "The council sent them a water bill for over £19,000 without any warning.",
    )


def test_an_ombudsmans_findings_of_fault_and_avoidable_frustration() -> None:
    check_class(
        "There was some fault in the way TfL managed Mr X’s annual membership in 2017.",
        "There was some change in the way TfL managed Mr X’s annual membership in 2017.",
    )
    check_class(
        "Summary: The Council caused avoidable frustration and inconvenience to Ms X by failing to "
        "attend several appointments.",
        "Summary: The Council caused no frustration or inconvenience to Ms X by rescheduling "
        "several appointments.",
    )
    assert not blocks("The outage caused avoidable delays for customers.")


def test_pharmacies_and_nurseries_are_parties_and_what_came_to_light_explains_nothing() -> None:
    check_class(
        "The nursery does not always follow the procedure for checking suitability of staff.",
        "The nursery does not always need the procedure for checking suitability of staff.",
    )
    check_class(
        "The pharmacy placed incorrect instructions on the medication bottle.",
        "The pharmacy placed new instructions on the medication bottle.",
    )
    # "after it became apparent that …" dates the lapse; it does not explain it.
    check_class(
        "Staff at the center failed to contact police after it became apparent that the child "
        "was missing.",
        "Staff at the center failed to contact police after the phone lines went down.",
    )
    assert not blocks(
        "My son was left outside alone in the play area at his nursery, unattended and "
        "forgotten for half an hour."
    )


def test_acting_unlawfully_or_falsely_but_not_what_befell_someone_or_a_thing() -> None:
    check_class(
        "But the firm installed GPS devices on rented vehicles, then unlawfully charged them "
        "hundreds of dollars extra.",
        "But the firm installed GPS devices on rented vehicles, then lawfully charged them "
        "hundreds of dollars extra.",
    )
    assert not blocks("He was falsely accused of stealing the car.")
    assert not blocks("The town would refund 808 illegally issued speed camera tickets.")
    assert not blocks("The anti-cheat system allows players to be falsely banned.")


def test_staff_who_were_rude_or_unresponsive_but_not_a_server() -> None:
    check_class(
        "The property management group has been unresponsive about the repair.",
        "The property management group has been responsive about the repair.",
    )
    check_class(
        "The second employee, let's call her Lynn, was condescending and rude.",
        "The second employee, let's call her Lynn, was patient and kind.",
    )
    assert not blocks("The server was unresponsive for ten minutes.")
    assert not blocks("The error message was unhelpful.")
    check_class(
        "Taxifahrer sind unfreundlich, rücksichtslos und unhöflich.",
        "Taxifahrer sind freundlich, rücksichtsvoll und höflich.",
        lang="de",
    )
    assert not blocks("Die Oberfläche ist unfreundlich.", "de")


def test_a_request_after_the_readers_case_a_trait_and_the_newsrooms_no_reply() -> None:
    check_false_alarm(
        "If you had online assessment deadlines during this time, please make appropriate "
        "allowances for any submission issues.",
        "If you had checked the logs, you would have seen the error.",
    )
    check_false_alarm(
        "She suspected this was because of her dark complexion and filed a complaint.",
        "The outage was because of her typo.",
    )
    check_false_alarm(
        "ProctorU representatives didn’t immediately respond to requests from the writers.",
        "The vendor didn't respond to our requests for three weeks.",
    )


def test_work_judged_not_done_well_enough_by_a_party_but_not_by_a_system() -> None:
    check_class(
        "We observed that the Bureau did not consistently conduct structured interviews.",
        "We observed that the Bureau conducted structured interviews.",
    )
    check_class(
        "The council has been told to repay a mum because it did not properly oversee a "
        "nursery’s charging policy.",
        "The council has been told to repay a mum because it oversaw a nursery’s charging policy.",
    )
    check_class(
        "TfNSW has not effectively planned the replacement of DRIVES.",
        "TfNSW has planned the replacement of DRIVES.",
    )
    assert not blocks("The scheduler did not properly drain the queue.")
    assert not blocks("NTP did not properly sync the clocks on the new hosts.")
    assert not blocks("Our card payments system did not fully process some transactions.")


def test_wrong_information_given_fault_found_and_news_not_passed_on_by_a_party() -> None:
    check_class(
        "The council gave him wrong information about his bill.",
        "The council gave him information about his bill.",
    )
    check_class(
        "We found fault with the actions of the Council.",
        "We found no fault with the actions of the Council.",
    )
    check_class(
        "We missed the first collection because Veolia didn’t let us know of our new days.",
        "We missed the first collection because Veolia let us know of our new days too late "
        "for the post.",
    )
    check_class(
        "It turns out that the tax assessing office made a mistake and changed my address.",
        "It turns out that the tax assessing software made a mistake and changed my address.",
    )
    assert not blocks("The portal gave wrong information about the opening hours.")


def test_a_want_of_staff_a_participle_after_resulted_and_a_counted_subject() -> None:
    check_false_alarm(
        "The company has informed the City due to a shortage of employees, it will not be "
        "able to fulfill that requirement.",
        "The outage was due to a mistake by the contractor.",
    )
    check_false_alarm(
        "Biffa has experienced crew shortages, which has resulted in collections missed in "
        "North Worle and Banwell.",
        "Biffa missed collections in North Worle and Banwell.",
    )
    check_false_alarm(
        "More than 2,600 tax bills that were supposed to go to mortgage lenders instead went "
        "to the homeowners.",
        "More than 20 engineers were supposed to review the change.",
    )


def test_a_dismissal_in_court_an_indirect_question_a_procedures_order_and_advice() -> None:
    check_false_alarm(
        "We hold that the County was properly dismissed as a defendant because its officers "
        "owed no duty of care.",
        "The on-call dismissed the disk alert.",
    )
    check_false_alarm(
        "Strickland asked Orkin if they had copies, but received no response.",
        "If they had kept copies, the records would not have been lost.",
    )
    check_false_alarm(
        "Police don't respond to ADT security alarms until they are first verified by a "
        "first responder.",
        "The security team never reads the change calendar.",
    )
    check_false_alarm(
        "So how can you ensure you don’t fall victim to shoddy workmanship?",
        "The roofer did shoddy work on our house.",
    )


def test_cheating_lying_faking_and_overcharging_by_a_party() -> None:
    check_class("Terminix lies to the property owner.", "Terminix writes to the property owner.")
    check_class(
        "Terminix has been faking termite prevention services for many decades.",
        "Terminix has been offering termite prevention services for many decades.",
    )
    check_class(
        "The engineer took five hours, then charged four times more than the other tradesmen.",
        "The engineer took five hours, then charged less than the other tradesmen.",
    )
    check_class(
        "When we got home I noted that they really didn't do a very good job.",
        "When we got home I noted that they really did a very good job.",
    )
    check_class(
        "Four of the eight turned out to be scammers, charging excessive fees.",
        "ID.me is meant to block scammers who use stolen identities.",
    )
    assert not blocks("The problem lies to the left of the decimal point.")


def test_dishonesty_unprofessionalism_and_a_bad_decision_made_by_a_person() -> None:
    check_class(
        "His unprofessionalism and irresponsibility cost me $750.",
        "His professionalism and reliability saved me $750.",
    )
    check_class(
        "The case concerned a dishonest tradesman who overcharged pensioners.",
        "The case concerned a tradesman who charged pensioners.",
    )
    check_class(
        "As a result of the bad decision made by the handyman, the credenza legs were damaged.",
        "As a result of the decision made by the handyman, the credenza legs were replaced.",
    )


def test_a_reports_possessive_and_a_lapse_found_out_later() -> None:
    check_false_alarm(
        "A woman was given the wrong sperm, watchdogs have warned as their report warns errors "
        "have risen by almost a fifth in three years.",
        "Their copy-and-paste error erased all data.",
    )
    check_false_alarm(
        "At some point, it was discovered that Alex and another boy had been forgotten.",
        "This ought to have been spotted before the release.",
    )


def test_waiting_days_playing_fast_and_loose_false_statements_and_a_curse() -> None:
    check_class(
        "University Hospitals waited nearly four days before they made any effort to notify "
        "families.",
        "University Hospitals waited for the test results before they notified families.",
    )
    check_class(
        "Catastrophes occur when hospitals and fertility clinics play fast and loose with "
        "their equipment.",
        "Catastrophes occur when hospitals and fertility clinics run out of spare equipment.",
    )
    check_class(
        "The court upheld the finding that Valve made misleading representations about "
        "consumer guarantees.",
        "The court upheld the finding that Valve made representations about consumer guarantees.",
    )
    check_class(
        "There is a special place in hell for admin staff who wield power over patients.",
        "There is a special place in the rota for admin staff who cover weekends.",
    )
    check_class(
        "An embryologist failed to verify the donor sperm process.",
        "The embryologist verified the donor sperm process.",
    )


def test_a_plan_told_straight_with_what_came_of_it_is_no_sarcasm() -> None:
    check_false_alarm(
        "They thought it was a good idea to have a wedding planner on site so they hired "
        "Tania Clark to organize the event.",
        "Someone thought it was a good idea to push untested code to prod.",
    )


def test_calls_dodged_or_not_returned_a_no_show_and_bad_at_communicating() -> None:
    check_class(
        "She keeps dodging the question or not returning our messages.",
        "She keeps answering the question and returning our messages.",
    )
    check_false_alarm(
        "Physician S10 was paged at 2:15 a.m. and did not return the call to the hospital "
        "until 4:15 a.m.",
        "The coordinator won't return your calls after you've signed a contract.",
    )
    check_class("He's running late, but he never shows.", "He's running late, but he always shows.")
    check_class(
        "She is absolutely horrible at communicating with me.",
        "She is absolutely wonderful at communicating with me.",
    )
    check_class("My caterers got my wedding date wrong.", "My caterers got my wedding date right.")
    check_class(
        "The Authority did not ensure that its contracted provider reconciled the cash.",
        "The Authority ensured that its contracted provider reconciled the cash.",
    )
    assert not blocks("The database lost all our records.")


def test_ombudsman_findings_obstruction_bad_paperwork_and_a_business_that_failed() -> None:
    check_class(
        "We have found fault by the Council which caused Mr X avoidable distress.",
        "We have found no fault by the Council.",
    )
    check_class(
        "The Council’s contractor delayed in providing Mr B with a quote for replacement doors.",
        "The Council’s contractor succeeded in providing Mr B with a quote for replacement doors.",
    )
    check_class(
        "The Star and Garter left naan dough out among rats and obstructed hygiene inspectors.",
        "The Star and Garter left naan dough out to rise and welcomed hygiene inspectors.",
    )
    check_class(
        "The contractor submitted incomplete applications, twice.",
        "The contractor submitted complete applications, twice.",
    )
    check_class(
        "The business had failed to display their food hygiene sticker.",
        "The business had displayed their food hygiene sticker.",
    )
    check_class(
        "The painter stuffed up and got paint all around the property!",
        "The painter finished up and cleaned the property!",
    )
    check_false_alarm(
        "Every day thousands of small businesses are having their accounts shut down by mistake.",
        "The admin accidentally shut down the live cluster.",
    )
    assert not blocks("The rollout was delayed in processing by a bug in the queue.")


def test_a_duty_with_its_condition_is_no_wrong_shipment_told() -> None:
    check_false_alarm(
        "It is the seller’s responsibility to notify Vivid Seats immediately if they believe "
        "they have shipped incorrect tickets to a customer.",
        "The vendor shipped incorrect tickets to a customer.",
    )


def test_refunds_refused_not_enough_done_and_a_party_not_fully_complying() -> None:
    check_class(
        "California-based StubHub, Inc. faced multiple lawsuits after it refused to pay refunds "
        "to hundreds of thousands of buyers nationwide.",
        "California-based StubHub, Inc. faced multiple lawsuits after it agreed to pay refunds "
        "to hundreds of thousands of buyers nationwide.",
    )
    check_class(
        "By July 2019 Viagogo had not done enough to comply with the court order.",
        "By July 2019 Viagogo had done enough to comply with the court order.",
    )
    check_class(
        "It appears that Viagogo isn’t fully complying.",
        "It appears that Viagogo is fully complying.",
    )
    check_false_alarm(
        "Binder wasn't properly building pods and launches weren't working.",
        "The MBTA was not properly managing its financial risk.",
    )
    assert not blocks("The cache isn't properly invalidating stale entries.")


def test_contact_ceased_not_giving_a_damn_money_pocketed_and_no_call_back() -> None:
    check_class("The landlord ceased all contact with us.", "The landlord kept in contact with us.")
    check_class(
        "She told the collection agency the bill was in dispute and the collection agency "
        "didn’t give a damn.",
        "She told the collection agency the bill was in dispute and the collection agency "
        "put it on hold.",
    )
    check_class(
        "Metro continues to collect daily pass fees and pocketing the extra money they collect.",
        "Metro continues to collect daily pass fees and refunding the extra money they collect.",
    )
    check_class(
        "That person never called me to arrange an appointment.",
        "That person called me to arrange an appointment.",
    )


def test_not_illegally_parked_and_the_newsrooms_no_comment() -> None:
    check_false_alarm(
        "The car (which had a permit and wasn't illegally parked) had been moved.",
        "The contractor illegally dumped the waste in the river.",
    )
    check_false_alarm(
        "Santander did not respond to an email seeking comment Tuesday.",
        "The vendor didn't respond to our requests for three weeks.",
    )


def test_the_ombudsmans_fault_found_a_refusal_to_follow_process_and_taunts() -> None:
    check_class(
        "The Ombudsman did find fault with the actions taken by the bailiff on the day.",
        "The Ombudsman did not find fault with the actions taken by the bailiff on the day.",
    )
    check_class(
        "We have found fault, causing injustice, by the Council.",
        "We have found no fault by the Council.",
    )
    check_class(
        "The landlord’s refusal to follow due process compounded the distress of his tenant.",
        "The landlord’s decision to follow due process eased the distress of his tenant.",
    )
    check_class(
        "Marshals taunted Ms. Williams, and the crew laughed at her.",
        "Marshals helped Ms. Williams, and the crew talked to her.",
    )
    check_class(
        "The Police Department must do a better job tracking towing data.",
        "The Police Department will start tracking towing data.",
    )
    check_class(
        "Some dealers and lenders are also illegally repossessing their cars.",
        "Some dealers and lenders are also repossessing their cars.",
    )
    assert not blocks("Customers were unlawfully detained at the store.")


def test_a_definition_a_partial_dismissal_and_a_group_named_by_what_it_did_not_do() -> None:
    check_false_alarm(
        "SIM-swapping is when scammers contact a carrier pretending to be their target.",
        "Four of the eight turned out to be scammers.",
    )
    check_false_alarm(
        "The court dismissed some of Terpin's claims for failure to state a claim.",
        "The on-call dismissed the disk alert.",
    )
    check_false_alarm(
        "Consumers who did not renew their service plans and who believe they were misled are "
        "eligible to receive a full refund.",
        "Felix didn't test the rollback before the release.",
    )


def test_mis_selling_flouting_rules_and_taking_hours_to_respond() -> None:
    check_class(
        "Between 2006 and 2011, HomeServe mis-sold two insurance policies to 69,000 customers.",
        "Between 2006 and 2011, HomeServe sold two insurance policies to 69,000 customers.",
    )
    check_class(
        "The phone provider kept flouting our rules.",
        "The phone provider kept following our rules.",
    )
    check_class(
        "But they took hours to respond, as vulnerable Britons spent days without heating.",
        "But they were quick to respond, as vulnerable Britons spent days without heating.",
    )
    assert not blocks("The replica took hours to catch up.")


def test_deposits_not_returned_no_responsibility_taken_and_help_refused() -> None:
    check_class(
        "But the property manager will not refund our money.",
        "But the property manager will refund our money.",
    )
    check_class(
        "Riverside took a $950 damage deposit and refused to return any of it.",
        "Riverside took a $950 damage deposit and agreed to return all of it.",
    )
    check_class(
        "Now Bauer is 30 grand lighter, and even Vrbo won’t help him sort out this mess.",
        "Now Bauer is 30 grand lighter, and even Vrbo will help him sort out this mess.",
    )
    assert not blocks("The API did not return the payment.")


def test_failing_in_the_progressive_and_drivers_of_vehicles() -> None:
    check_class(
        "Some takeaways were failing to adequately warn consumers about allergens in their meals.",
        "Some takeaways were starting to warn consumers about allergens in their meals.",
    )
    check_class(
        "The taxi driver missed the turn three times.",
        "The taxi driver took the turn three times.",
    )
    # A driver alone is still software, and a site's host name is no organisation.
    assert not blocks("The script is failing to find the running sender.")
    assert not blocks("The driver missed the interrupt.")
    assert not blocks("mybinder.org was failing to launch any images.")


def test_belongings_damaged_services_never_performed_and_trade_roles() -> None:
    check_class(
        "Pilgrim Cleaners ruined my daughter’s boots.",
        "Pilgrim Cleaners cleaned my daughter’s boots.",
    )
    check_class(
        "The garage valet scraped my car.",
        "The garage valet parked my car.",
    )
    check_class(
        "The employees were charging for services that were never performed.",
        "The employees were charging for services that were performed.",
    )
    check_class(
        "The mechanics kept selling unnecessary parts and services.",
        "The mechanics kept selling spare parts and services.",
    )
    check_class(
        "I escalated the issue to Jiffy Lube corporate, who refused to be held responsible.",
        "I escalated the issue to Jiffy Lube corporate, who agreed to be held responsible.",
    )
    check_class(
        "A big part of the valet business appears to be dodging damage claims.",
        "A big part of the valet business appears to be handling damage claims.",
    )
    check_class(
        "The au pair forgot to pick up the children.",
        "The au pair remembered to pick up the children.",
    )
    # What a system or the weather damaged, or a writer's own damage, is no one's blame.
    assert not blocks("The outage damaged our databases beyond repair.")
    assert not blocks("The storm damaged our roof.")
    assert not blocks("We tailor the config to each region.")


def test_wages_withheld_people_deceived_and_knowledge_denied() -> None:
    check_class(
        "As a result of this the agency withheld payment of my wages completely.",
        "As a result of this the agency released payment of my wages completely.",
    )
    check_class(
        "Each time the friendly person on the other end denied all knowledge.",
        "Each time the friendly person on the other end shared all the details.",
    )
    check_class(
        "The fitter feigned complete ignorance and never called back.",
        "The fitter showed complete understanding and called back.",
    )
    check_class(
        "It is very much our problem, and they couldn't give a fetid rat's kidney.",
        "It is very much our problem, and they gave us a fair hearing.",
    )
    # Tax withheld by an employer is a duty done.
    assert not blocks("The employer withheld tax from the payment.")


def test_sellers_who_go_silent_and_dealers_who_refuse_to_take_a_car_back() -> None:
    check_class(
        "The seller suddenly became unresponsive, and the puppy never arrived.",
        "The seller suddenly became helpful, and the puppy arrived.",
    )
    check_class(
        "The dealer refused to buy back the car even after confronted with his false statements.",
        "The dealer agreed to buy back the car after confronted with his false statements.",
    )
    check_class(
        "The bottom line is that the dealer refused to step up to the plate and do the right "
        "thing.",
        "The bottom line is that the dealer stepped up to the plate and did the right thing.",
    )
    # A cluster that stops answering is no one's lapse, nor is the newsroom's unanswered call.
    assert not blocks("The database cluster became unresponsive.")
    assert not blocks(
        "United officials did not return calls seeking information on how the mistake occurred."
    )


def test_who_is_at_fault_as_talk_about_fault() -> None:
    check_false_alarm("It does not matter who is at fault.", "Bob is at fault here.")


def test_an_ombudsmans_fault_in_how_and_carers_who_stole() -> None:
    check_class(
        "There was fault in that Care 1st did not deliver part of Mr X’s care package.",
        "There was no fault in the way Care 1st delivered Mr X’s care package.",
    )
    check_class(
        "We also find fault in how the Council responded to Mr B’s service requests.",
        "We also looked at how the Council responded to Mr B’s service requests.",
    )
    check_class(
        "It was a slap in the face when one of my aides stole my work laptop.",
        "It was a relief when one of my aides found my work laptop.",
    )


def test_a_boat_unfit_for_charter_is_no_verdict_on_people() -> None:
    check_false_alarm(
        "If the vessel becomes unfit for charter, all funds on deposit will be refunded.",
        "The contractor is unfit for the job.",
    )


def test_excessive_fees_late_deliveries_and_a_circle_of_hell() -> None:
    check_class(
        "The evidence showed that Shun Tat had collected excessive placement fees from a helper.",
        "The evidence showed that Shun Tat had collected the agreed placement fees from a helper.",
    )
    check_class(
        "Hopkins wedding dress shops delivered wedding gowns late, sometimes within days of a "
        "wedding.",
        "Hopkins wedding dress shops delivered wedding gowns early, sometimes months before a "
        "wedding.",
    )
    check_class(
        "Recruitment agents belong in Dante’s 7th Circle of Hell.",
        "Recruitment agents belong in the 7th floor of the building.",
    )
    assert not blocks("The batch job delivered the report late.")


def test_sympathy_and_a_help_pages_unlikely_event() -> None:
    check_false_alarm(
        "I’m sorry to hear that you lost footage of half of your wedding.",
        "You lost the footage of half of our wedding.",
    )
    check_false_alarm(
        "In the unlikely event that your cleaner has failed to attend your booking on time, "
        "please reach out to the cleaner through the messaging tool.",
        "Your cleaner failed to attend our booking.",
    )


def test_a_partys_loss_or_damage_of_what_belongs_to_the_writer_or_a_client() -> None:
    check_class("He lost all of our photos.", "I lost all of our photos.")
    check_class("Marina partially sunk my boat.", "The storm partially sunk my boat.")
    check_class(
        "A cleaning company whose worker scratched a homeowner’s copper sink beyond repair in May.",
        "A cleaning company whose hail storm scratched a homeowner’s copper sink beyond repair "
        "in May.",
    )
    # The writer's own loss without a subject, and a team robbed by a scam, blame no one.
    assert not blocks("Lost all my data without restore option.")
    assert not blocks("Team NewPipe lost some of your donations through a Bitcoin scam.")
    assert not blocks("They lost our trust.")


def test_caught_stealing_hand_in_the_jar_and_calls_unanswered() -> None:
    check_class(
        "Despite the denials, Paul has been caught on camera, stealing money intended for charity.",
        "Despite the denials, Paul has been caught on camera, collecting money intended for "
        "charity.",
    )
    check_class(
        "Even so, here's Paul the cleaner, busted with his hand in the money jar.",
        "Even so, here's Paul the cleaner, pictured with his hand on the money jar.",
    )
    check_class(
        "And they’re not returning anyone’s phone calls.",
        "And they’re now returning anyone’s phone calls.",
    )
    check_class(
        "It’s been five weeks and the photographer won’t reply to texts, emails, or calls.",
        "It’s been five weeks and the photographer will reply to texts, emails, or calls.",
    )


def test_wriggling_out_of_paying_and_lives_put_in_danger() -> None:
    check_class(
        "This enabled Groves Jones Westrup to wriggle out of paying for the damage through a "
        "small print clause.",
        "This enabled Groves Jones Westrup to pay for the damage despite a small print clause.",
    )
    check_class(
        "This houseboat company put our lives in danger and created a nightmare for us.",
        "This houseboat company put our safety first and created a great holiday for us.",
    )
    assert not blocks("The outage put patients’ lives at risk.")


def test_a_tattoo_artist_is_a_person() -> None:
    check_class(
        "The tattoo artist, however, was speaking to another patron at the time, and "
        "accidentally wrote “See You at the Cossroads” with the needle.",
        "The tattoo machine, however, was running at the time, and accidentally wrote “See You "
        "at the Cossroads” with the needle.",
    )


def test_an_excuse_offered_a_prediction_advice_and_a_finding_of_no_negligence() -> None:
    check_false_alarm(
        "Maybe it was busy and they were in a rush.",
        "The technician was in a rush and skipped the check.",
    )
    check_false_alarm(
        "It is inevitable, at some point your ring or jewelry will need service.",
        "It was inevitable that the outage would happen.",
    )
    check_false_alarm(
        "In some instances, you may unwittingly be buying additional lessons that extend beyond "
        "your interest.",
        "The instructor unwittingly sold us additional lessons.",
    )
    check_false_alarm(
        "Appellant complains of the refusal of the trial judge to grant his motions on the ground "
        "that there was no evidence of negligence.",
        "The appellant was negligent.",
    )


def test_belongings_held_hostage_and_the_trades_of_movers_and_jewelers() -> None:
    check_class(
        "I don't have that much, so they are holding my furniture and belongings hostage until I "
        "pay this bill.",
        "I don't have that much, so they are storing my furniture and belongings safely until I "
        "pay this bill.",
    )
    check_class(
        "Casey was waiting -- and worrying -- because movers held her belongings hostage.",
        "Casey was waiting -- and worrying -- because movers held her belongings in storage.",
    )
    assert not blocks("The ransomware held our data hostage.")
    assert blocks("The jeweler forgot to tighten the prongs.")
    assert blocks("The salesman forgot to mention the fee.")
    assert not blocks("The trainer job forgot to write a checkpoint.")


def test_no_reply_to_a_reporters_questions() -> None:
    check_false_alarm(
        "Wyndham didn't respond to questions about the Morrisons' case.",
        "Wyndham didn't respond to my questions about our case.",
    )


def test_a_partys_refusal_and_pressure_on_customers() -> None:
    check_class("The retailer refused.", "The retailer agreed.")
    check_class(
        "When the owner refused to compensate them for the loss, they decided to take legal "
        "action.",
        "When the owner offered to compensate them for the loss, they decided to take no legal "
        "action.",
    )
    check_class(
        "The owner of the studio is refusing a full refund saying he has no obligation.",
        "The owner of the studio is offering a full refund saying he has no obligation.",
    )
    check_class(
        "But Goldline’s salespeople scared them into buying the overpriced coins instead.",
        "But Goldline’s salespeople advised them against buying the overpriced coins instead.",
    )
    check_class(
        "In reality, the Florida-based company routinely preys on cash strapped New Yorkers.",
        "In reality, the Florida-based company routinely lends to cash strapped New Yorkers.",
    )
    # A customer who would not pay a bill is a party to a dispute, not its culprit.
    assert not blocks("ProClean claims $147, which Mr. Noel refused to pay for the cleaning.")
    assert not blocks("The server refused.")
    assert not blocks("The decision preyed on her mind for weeks.")


def test_damage_to_many_things_demands_for_more_cash_and_delays() -> None:
    check_class(
        "This company damaged several antique pieces of furniture.",
        "This company restored several antique pieces of furniture.",
    )
    check_class(
        "We didn’t have anything worth stealing, but they damaged a lot of our stuff.",
        "We didn’t have anything worth stealing, but they packed a lot of our stuff.",
    )
    check_class(
        "When her angry driver finally arrived, he demanded even more money, in cash.",
        "When her driver finally arrived, he accepted the agreed money, in cash.",
    )
    check_class(
        "The retailer kept delaying delivery for weeks.",
        "The retailer kept the delivery date for weeks.",
    )


def test_an_appointment_awaited_a_price_asked_and_caution_about_a_trade() -> None:
    check_false_alarm(
        "So, the guy was supposed to show up on Tuesday sometime between eight and noon.",
        "The technician was supposed to show up on Tuesday but never did.",
    )
    check_false_alarm(
        "The images were then shown to three garages, who were asked how much they would have "
        "charged for the repairs.",
        "The mechanic should have charged far less for the repairs.",
    )
    # Caution about a trade is no remedy aimed at a person; telling an engineer to be careful
    # stays a hint.
    caution = (
        "I was warned by people to be careful of dealing with car hire firms, but it went fine."
    )
    assert tier(caution) == "clean"
    assert hints_only("The engineer was told to be more careful with production.")


def test_an_inquiry_under_way_is_no_culprit() -> None:
    check_false_alarm(
        "Due to the ongoing National Cremation Investigation copies of completed Inspections were "
        "not disseminated until after publication of the Report.",
        "Due to an error by the contractor, copies of completed Inspections were not disseminated.",
    )


def test_an_accident_as_cause_negligence_in_law_and_a_plan_for_the_last_step() -> None:
    check_false_alarm(
        "Be warned people, when your vehicle has been repaired due to an accident and you go to "
        "sell your car, it may not be safe for the new owner.",
        "The car was damaged due to an error by the mechanic.",
    )
    check_false_alarm(
        "A basic principle of contract law is that you cannot contract out of negligence.",
        "The kennel staff were negligent.",
    )
    check_false_alarm(
        "Defendants move for summary judgment on the negligence and strict products liability "
        "claims of plaintiff State Farm.",
        "The installers were negligent.",
    )
    check_false_alarm(
        "Once the part got delivered, all they had to do was rivet it on and it would be ready "
        "to go.",
        "All they had to do was rivet it on, and they still botched it.",
    )


def test_the_nerve_to_charge_helping_itself_and_covering_up_a_mistake() -> None:
    check_class(
        "They even had the nerve to charge an admin fee on top of the admin fee.",
        "They even had the kindness to waive an admin fee on top of the admin fee.",
    )
    check_class(
        "Shortly afterwards, Europcar helped itself to two damage surcharge payments on Baker's "
        "credit card.",
        "Shortly afterwards, Europcar refunded two damage surcharge payments on Baker's credit "
        "card.",
    )
    check_class(
        "Cemetery Switches Graves to Cover Up its Mistake",
        "Cemetery Switches Graves to Correct its Records",
    )
    check_class(
        "Bodies are delivered late for viewing and staff lie about it.",
        "Bodies are delivered late for viewing and staff apologise for it.",
    )
    check_class(
        "Instead of helping him resolve the issue, she blew him off and shooed him out.",
        "She helped him resolve the issue and showed him out.",
    )


def test_notorious_habits_lateness_yelling_and_a_dropped_casket() -> None:
    check_class(
        "He was notorious for ending our lessons ten to fifteen minutes early.",
        "He was known for ending our lessons with a short summary.",
    )
    check_class(
        "However, he became consistently late and hardly spoke to me during lessons.",
        "However, he became consistently calm and spoke to me during lessons.",
    )
    check_class("Yesterday he was so mad that he kept yelling.", "Yesterday he was so calm.")
    check_class(
        "Back in 2010, funeral directors were carrying a casket into a church when they dropped "
        "the casket.",
        "Back in 2010, funeral directors were carrying a casket into a church when they set down "
        "the casket.",
    )
    check_class(
        "They were unable to pair me with an instructor so I found a different company who let "
        "me down worse.",
        "They were unable to pair me with an instructor so I found a different company who "
        "helped me out.",
    )
    assert not blocks("The train was always late.")


def test_a_choice_that_turned_out_badly_and_fault_denied_in_brackets() -> None:
    check_false_alarm(
        "It turned out to be a horrible choice.",
        "The manager made a horrible choice and then blamed us.",
    )
    check_false_alarm(
        "If your reserved vehicle experiences a mechanical failure (not your fault), we will do "
        "everything possible to continue your event.",
        "The failure was your fault.",
    )


def test_slurs_at_a_firm_or_a_trade() -> None:
    check_class(
        "Tow truck drivers are the scum of the earth.",
        "Tow truck drivers are the backbone of the road.",
    )
    check_class("Predatory bastards.", "Patient drivers.")
    check_class("The landlord is a crook.", "The landlord is a cook.")
    check_class(
        "Now they have handed our street to some terrible management group that treats its "
        "residents like a scumbag landlord would a tenant.",
        "Now they have handed our street to some management group that treats its residents "
        "like a landlord would a tenant.",
    )
    assert not blocks("We will get there by hook or by crook.")
    assert not blocks("The picture was hung crooked.")


def test_crews_that_stopped_coming_repairs_not_made_and_payments_still_taken() -> None:
    check_class("He stops showing up.", "He stops by on Mondays.")
    check_class(
        "Pro Pool Builders then abruptly shut down and stopped responding to consumers.",
        "Pro Pool Builders then reopened and started responding to consumers.",
    )
    check_class(
        "Respondent did not repair the crack and tiles.", "Respondent did repair the crack."
    )
    check_class("He’s a hack.", "He’s a chef.")
    check_class(
        "She was yelling at her chauffeur along the entire route.",
        "She was waving at her chauffeur along the entire route.",
    )
    assert not blocks("It's a hack, but it keeps the build green.")


def test_a_remedy_as_the_reason_and_a_clean_the_customer_will_have_missed() -> None:
    check_false_alarm(
        "This is because the Council has now agreed to refund the cost.",
        "This is because the Council lost the paperwork.",
    )
    check_false_alarm(
        "We are 4 weeks behind our usual schedule and you will have missed 1 clean.",
        "The cleaner missed our appointment twice.",
    )


def test_a_crowds_panic_and_a_dislike() -> None:
    check_false_alarm(
        "The licensing committee heard people panicked due to overcrowding.",
        "The on-call engineer panicked and rolled back everything.",
    )
    check_false_alarm(
        "Most clubbers don’t care much for bouncers.",
        "Nobody cared for the patients overnight.",
    )


def test_damages_sought_for_a_negligent_act_are_a_claim() -> None:
    check_false_alarm(
        "This action was brought against the oil company to recover damages for negligently "
        "destroying the water supply of plaintiff.",
        "The oil company negligently destroyed the water supply of plaintiff.",
    )


def test_hands_laid_on_a_child_or_a_player() -> None:
    check_class(
        "A youth hockey coach yelled at a 9-year-old player.",
        "A youth hockey coach waved at a 9-year-old player.",
    )
    check_class(
        "During the tournament a coach cuffed a player in the head.",
        "During the tournament a coach praised a player for the goal.",
    )
    check_class("He just kicked a six-year-old out.", "He just drove a six-year-old home.")
    # What software throws and a job kicked off are no assault.
    assert not blocks("The script threw an exception at startup.")
    assert not blocks("We kicked the job off at 10:00.")


def test_staff_judged_rude_in_words_the_list_did_not_have() -> None:
    check_class(
        "The employee at the desk was cold and came off sarcastic.",
        "The employee at the desk was busy and came off tired.",
    )
    check_class(
        "And more than anything the employees were ill-informed and unenthusiastic.",
        "And more than anything the employees were tired and overworked.",
    )
    # Left uninformed is what befell them, no judgement.
    assert not blocks("Customers were ill-informed about the outage by our status page.")


def test_someone_the_writer_met_is_the_subject_not_the_writer() -> None:
    # The writer stands in a relative clause about the person who was rude.
    assert tier("The sales assistant that I saw was exceptionally rude.") == "block"
    assert tier("The engineer who we paged forgot to renew the certificate.") == "block"
    # The writer's own change stays an admission, and so does a line after a heading.
    assert tier("The change that I made broke production.") == "hint"
    assert tier("## Traffic Increases We dramatically underestimated the traffic.") == "hint"


def test_staff_away_for_their_health_and_a_superlative_no_one_could_top() -> None:
    check_false_alarm(
        "We are operating our office with reduced staff due to some staff members choosing "
        "properly to self-isolate themselves during this time.",
        "We are operating our office with reduced staff due to some staff members deleting "
        "the rota.",
    )
    check_false_alarm(
        "This is the worst news you could have ever received.",
        "You could have checked the logs before the release.",
    )
    assert blocks("If only they would have been truthful when I called.")


def test_rushed_to_the_vet_and_a_panicked_look() -> None:
    check_false_alarm(
        "Buddy had swallowed plant fertiliser and was rushed to the Plymouth Veterinary Group.",
        "The patch was rushed to production without review.",
    )
    check_false_alarm(
        "Our dog was panting heavily, ears pinned back, eyes glazed and panicked.",
        "The on-call engineer panicked and rolled back everything.",
    )


def test_a_customers_garment_ruined_a_hole_put_in_it_and_crates_left_open() -> None:
    check_class("They destroyed the bag.", "They delivered the bag.")
    check_class(
        "The dry cleaner put an 8 inch hole in my scarf.", "The dry cleaner put a tag in my scarf."
    )
    check_class("The person had left both crates open.", "The person had left both crates outside.")
    # Harm done by weather or fire, and a hole made for a cable, name no one.
    assert not blocks("The fire destroyed the car.")
    assert not blocks("The electrician made a hole in the wall for the cable.")


def test_negligence_alleged_in_a_claim() -> None:
    check_false_alarm(
        "Plaintiff brought this small claims proceeding alleging negligence by defendant "
        "causing damage to his car.",
        "The defendant was negligent and caused damage to his car.",
    )


def test_looking_on_purpose_is_care() -> None:
    check_false_alarm(
        "You can only find it if you deliberately look inside the panel.",
        "He deliberately skipped the check.",
    )


def test_embezzling_and_acting_on_purpose() -> None:
    check_class(
        "The bookkeeper for my business has been embezzling from me.",
        "The bookkeeper for my business has been working for me.",
    )
    check_class(
        "Comer and his employees intentionally report false information on tax returns.",
        "Comer and his employees report the information on tax returns.",
    )
    # A system's design, the writers' own choice and intent denied are no label.
    assert not blocks("The load balancer intentionally drops idle connections.")
    assert tier("We intentionally disabled the cache during the test.") == "hint"
    assert not blocks("I would not say that Apple in any way would intentionally delete it.")
    assert not blocks("Our internal tests purposely don't exercise the external build paths.")


def test_things_not_found_and_a_mistake_owned() -> None:
    check_false_alarm(
        "Due to many of the students’ pictures not being located for the class pages, the "
        "studio has agreed to come this Friday.",
        "Due to the photographer losing the students’ pictures, the class pages are empty.",
    )
    check_false_alarm(
        "They were really good about owning their mistake and making it right with a refund.",
        "Worst of all, it is really hard to get them to own up to their mistakes.",
    )


def test_any_party_that_might_break_a_rule_and_a_boat_slip() -> None:
    check_false_alarm(
        "The board does not have the authority to discipline a salon that is in violation of "
        "the statutes or rules.",
        "The salon was in violation of the statutes.",
    )
    check_false_alarm("This poor guy sank at his slip.", "That was his slip, not the tooling.")


def test_people_left_in_a_panic() -> None:
    check_false_alarm(
        "A number of brides-to-be have been left in a panic after a bridal shop closed.",
        "The on-call engineer panicked and rolled back everything.",
    )


def test_hands_laid_on_an_animal_and_an_animals_body_harmed() -> None:
    check_class(
        "A suburban pet groomer slapped and threw a Maltese x Shih Tzu dog during a session.",
        "A suburban pet groomer bathed and brushed a Maltese x Shih Tzu dog during a session.",
    )
    check_class(
        "An unlicensed groomer cuts off a dog’s ear and tries to hide the incident.",
        "An unlicensed groomer cuts a dog’s nails and tries to calm it down.",
    )
    # Put out of a system, no blow: "kicked them out of the system".
    assert not blocks("Shortly after, the financial institution kicked them out of the system.")


def test_nothing_done_to_help() -> None:
    check_class(
        "They did not do anything to correct this problem.",
        "They did not do anything wrong.",
    )
    check_class(
        "The groomers did nothing while our dog was laying there helpless.",
        "The groomers did nothing unusual while our dog was asleep.",
    )
    assert tier("We did nothing about it because the alert was muted.") != "block"


def test_legal_actions_dismissed_and_care_about_the_next_visit() -> None:
    check_false_alarm(
        "Some of the Arizona cases were settled, while others were dismissed.",
        "The warnings were dismissed by the on-call engineer.",
    )
    check_false_alarm(
        "Be careful the next time you consider going to the chiropractor.",
        "Engineers need to be more careful when running commands in production.",
    )


def test_cleaning_ladies_and_masseuses_are_people() -> None:
    check_class(
        "My cleaning lady never showed up today.", "My cleaning robot never showed up today."
    )
    check_class(
        "The cleaning lady came in and spilled bleach on my carpet.",
        "The cleaning lady came in and put bleach on my list.",
    )
    assert not blocks("Ladies and gentlemen, the outage is over.")


def test_things_stolen_no_action_taken_and_paying_for_damage_refused() -> None:
    check_class(
        "My boss’s housekeeper stole some jewelry while cleaning.",
        "My boss’s housekeeper stole the show at the party.",
    )
    check_class(
        "The employee took no action on her complaint.",
        "The employee took the action on her complaint.",
    )
    check_class(
        "The contractor refuses to pay for the item.",
        "The contractor refuses to pay for the coffee.",
    )
    # A customer who will not pay a bill is no culprit of harm.
    assert not blocks("ProClean claims $147, which Mr. Noel refused to pay for the cleaning.")
    assert tier("We took no action because the alert resolved itself.") != "block"


def test_children_and_pets_left_alone_and_parents_as_people() -> None:
    check_class(
        "Apparently she left my kids alone at the park and walked across the street.",
        "Apparently she left my kids with their aunt at the park and walked across the street.",
    )
    assert not blocks("We left the service alone over the weekend.")
    assert not blocks("I left my dog in the care of a doggie daycare facility.")
    check_class(
        "Dad could have waited until I got back.",
        "It could have waited until I got back.",
    )


def test_a_billboards_mistake_is_no_partys() -> None:
    check_false_alarm(
        "An Indiana billboard praised its public schools but made an unfortunate spelling mistake.",
        "The sign company made an unfortunate spelling mistake.",
    )


def test_never_back_to_finish_a_door_shut_in_a_face_and_a_reprint_refused() -> None:
    check_class(
        "A contractor laid gravel for the new driveway, and then never returned to finish the job.",
        "A contractor laid gravel for the new driveway, and then returned to finish the job.",
    )
    check_class(
        "A small woman unlocks the door and shuts the door in my face.",
        "A small woman unlocks the door and shuts the door behind her.",
    )
    check_class(
        "They refused to reprint the cards unless I returned all the faulty ones.",
        "They offered to reprint the cards once I returned all the faulty ones.",
    )
    # A time told, no failure: "did not return … until".
    assert not blocks("The on-call engineer did not return to finish the rollback until 04:00.")


def test_yelling_in_any_tense_blows_to_a_dog_and_a_fee_kept() -> None:
    check_class(
        "At the studio the head teacher frequently yells at students.",
        "At the studio the head teacher frequently waves at students.",
    )
    check_class(
        "Then she actually smacked the dog trying to get it to fight back!",
        "Then she actually patted the dog trying to get it to calm down!",
    )
    check_class(
        "The trainer has even refused to return the $6000 training fee.",
        "The trainer has even offered to return the $6000 training fee.",
    )
    # Leave to shout at the writer is no deed, and things hit things.
    assert tier("You can yell at me. I misread the last comment.") != "block"
    assert not blocks("The storm hit the house and the script hit the API twice.")


def test_no_show_no_call_sweet_time_damage_and_slackers() -> None:
    check_class("The plumber never came.", "The plumber came early.")
    check_class("They never called.", "They called twice.")
    check_class(
        "He called roadside assistance and they took their sweet time arriving.",
        "He called roadside assistance and they took the motorway arriving.",
    )
    check_class(
        "During the repair, the mechanic damaged another lug stud.",
        "During the repair, the mechanic replaced another lug stud.",
    )
    check_class("What a bunch of slackers.", "What a bunch of flowers.")
    # Things that never arrive or are never called are no one's omission.
    assert not blocks("The packets never arrived and the function was never called.")
    assert not blocks("The storm damaged the roof.")


def test_harm_after_a_things_mishap_and_readers_addressed() -> None:
    check_false_alarm(
        "Days after a small bounce house was lifted off the ground in Glens Falls, injuring two "
        "children, a business owner is advising parents to leave it to the professionals.",
        "The operator lifted the bounce house off the ground, injuring two children.",
    )
    check_false_alarm(
        "For those of you who don’t know/don’t care, the House of Blues location is closed.",
        "Nobody cared about the alerts.",
    )


def test_attention_not_paid_doctors_by_specialty_and_blame_resting_firmly() -> None:
    check_class(
        "The volunteers unfortunately did not pay attention to the safety instructions.",
        "The volunteers unfortunately did not receive the safety instructions.",
    )
    check_class(
        "The internist failed to adequately prepare the medical records.",
        "The software failed to adequately prepare the medical records.",
    )
    check_class(
        "The blame rests firmly and solely with the company itself.",
        "The weight rests firmly and solely on the beam itself.",
    )
    assert tier("We did not pay attention to the disk alert.") != "block"


def test_oversight_as_a_remit_is_no_slip() -> None:
    check_false_alarm(
        "Please understand that our office has limited oversight of notaries.",
        "The oversight of the on-call engineer caused the outage.",
    )


def test_doing_nothing_taking_no_measures_and_blowing_it() -> None:
    check_class(
        "The inspectors did nothing.",
        "The restart did nothing.",
    )
    check_class(
        "Reptiles by Mack took no measures to contain the virus.",
        "Reptiles by Mack took two measures to contain the virus.",
    )
    check_class(
        "You give a young man an opportunity for a new customer and he blows it.",
        "You give a young man an opportunity for a new customer and he takes it.",
    )
    # What someone did not do wrong is no lapse.
    assert not blocks("For her part, Annis did nothing wrong.")


def test_a_fact_asked_as_a_question_and_a_fall_broken() -> None:
    check_false_alarm(
        "Did you know most pet store inspections are only looking at dogs and cats?",
        "Did anyone test this before it shipped?",
    )
    check_false_alarm(
        "A moving car broke his fall, and he survived.",
        "The contractor broke the fence.",
    )


def test_insults_butchered_hair_false_claims_and_requests_ignored() -> None:
    check_class("The owner insulted my wife.", "The owner introduced my wife.")
    check_class("The barber butchered my hair.", "The barber trimmed my hair.")
    check_class(
        "They didn't do what I had asked.",
        "The code did not do what we asked.",
    )
    check_class(
        "They seemed severely under prepared for a Saturday afternoon peak.",
        "They seemed well prepared for a Saturday afternoon peak.",
    )
    check_class("This man was just rude.", "This man was just tired.")


def test_what_someone_was_owed_is_no_duty_of_theirs() -> None:
    check_false_alarm(
        "My uncle showed him that the game said they were supposed to get 500, but the "
        "digital counter only gave them 50.",
        "The engineer was supposed to check the backups.",
    )


def test_stealing_scolding_glaring_going_ballistic_and_being_short() -> None:
    check_class(
        "The owner is honestly stealing from customers.", "Attackers were stealing credentials."
    )
    check_class(
        "The wife glared at me and proceeded to scold me for not remaining with my laundry.",
        "The wife waved at me and proceeded to thank me for not remaining with my laundry.",
    )
    check_class("She went ballistic and was practically screaming.", "The internet went ballistic.")
    check_class("He was very short with me.", "The call was very short.")
    check_class(
        "The owner has been consistently unpleasant to people.",
        "The smell has been consistently unpleasant to people.",
    )
    check_class("They didn't really do anything.", "The restart didn't really do anything.")


def test_a_theft_only_concluded_is_no_finding() -> None:
    check_false_alarm(
        "Make extra sure of your facts before concluding that your cleaner is stealing.",
        "The cleaner is stealing from us.",
    )


def test_no_apology_no_effort_safety_not_first_and_getting_snippy() -> None:
    check_class(
        "He didn't offer an apology to the group.", "He didn't offer a discount to the group."
    )
    check_class(
        "The tour guides did not prioritize our safety.",
        "The tour guides did prioritize our safety.",
    )
    check_class("They got quite snippy and rude about it.", "They got quite quiet about it.")
    check_class(
        "A car wash employee managed to cause a car crash.", "The cluster managed to recover."
    )
    check_class("The courier didn't deliver.", "The courier didn't knock.")


def test_a_body_is_no_cause_and_a_lesson_is_for_every_reader() -> None:
    check_false_alarm(
        "Because of her size she was unable to fit into the regulation lifejackets.",
        "Because of his mistake the site went down.",
    )
    assert tier(
        "The lesson learned is that you shouldn’t take your truck to a touch car wash."
    ) != ("block")


def test_ripping_off_pushiness_fleeing_favourites_and_an_ass() -> None:
    check_class("The shop ripped us off.", "The shop paid us off.")
    check_class("The salesman was pushy.", "The salesman was busy.")
    check_class(
        "The photographer has yet to deliver final shots.",
        "The photographer has yet to see the final shots.",
    )
    check_class("They were playing favorites.", "They were playing football.")
    check_class("He was an ass.", "He made an ass of himself.")
    # A person who runs a ride, not a Kubernetes operator.
    check_class("The ride operator ran from the scene.", "The ride operator ran to the scene.")
    assert not blocks("The postgres operator failed to reconcile.")


def test_force_majeure_is_no_culprit() -> None:
    check_false_alarm(
        "The Organiser will not provide any refunds other than where the Organiser cancels the "
        "Event in its entirety due to a Force Majeure Event as described in clause 13 below.",
        "The outage was caused by the operator.",
    )


def test_caught_in_the_act_duties_missed_and_false_health_claims() -> None:
    check_class(
        "Two tanning salons in Bradford were caught allowing a 14-year-old girl to use their beds.",
        "Two tanning salons in Bradford were seen refusing a 14-year-old girl their beds.",
    )
    check_class(
        "However, the employee did not hit the stop button as he should have.",
        "However, the employee did hit the stop button as he should have.",
    )
    check_class(
        "Paul Shinn had also not carried out a risk assessment.",
        "Paul Shinn had also carried out a risk assessment.",
    )
    check_class(
        "Beach Bum made false and misleading health claims about indoor tanning.",
        "Beach Bum made careful and measured health claims about indoor tanning.",
    )
    check_class("The teen failed to slow down.", "The kart failed to slow down.")
    # A noun "claims" ends no attribution; a trailing "Alice said" still does.
    assert tier("Bob forgot the cert, Alice said.") == "hint"


def test_drunk_on_duty_rude_manners_and_no_interest() -> None:
    check_class("The captain was drunk.", "The captain was tired.")
    check_class(
        "15 minutes later the Captain showed up as hung-over as anybody I've ever seen.",
        "15 minutes later the Captain showed up as cheerful as anybody I've ever seen.",
    )
    check_class(
        "The Duty Manager was completely disinterested in our situation.",
        "The Duty Manager was completely focused on our situation.",
    )
    check_class(
        "A life guard comes over and quite rudely tells me the park is closing.",
        "A life guard comes over and quite kindly tells me the park is closing.",
    )
    assert not blocks("The server was uninterested in new connections.")


def test_gruffness_no_valid_licence_and_no_responsibility_taken() -> None:
    check_class("The pilot was very gruff.", "The pilot was very tired.")
    check_class(
        "The pilot did not have current flight review.",
        "The certificate did not have a valid date.",
    )
    check_class("He yelled at the passengers several times.", "He waved at the passengers.")
    check_class(
        "The shop does not take any responsibility for the plants.",
        "The shop does not take any cash for the plants.",
    )


def test_a_rash_that_broke_out_is_nothing_broken() -> None:
    check_false_alarm(
        "Two of my clients went somewhere else to get their faces waxed and they both broke out "
        "in a red itchy rash.",
        "The contractor broke the fence.",
    )


def test_an_instruction_told_is_no_attribution_and_people_waved_through() -> None:
    # "told us to leave" is what was said to the writer, not "…, he told reporters".
    assert blocks("The lifeguard rudely told us to leave.")
    assert tier("Bob forgot to renew the certificate, Alice told reporters.") == "hint"
    check_false_alarm(
        "Myki readers suffered a system outage, with commuters being waved through barriers and "
        "told not to tap on.",
        "The manager waved off my complaint.",
    )


def test_nothing_done_after_a_warning_and_a_warranty_not_stood_behind() -> None:
    check_class(
        "They then alerted a crew member, but, again, nothing was done to find the snorkeler.",
        "They then alerted a crew member, and a boat was sent to find the snorkeler.",
    )
    assert not blocks("Nothing was done to the database during the maintenance window.")
    check_class(
        "The dealer would not stand behind the warranty.",
        "The dealer would not stand behind the counter.",
    )
