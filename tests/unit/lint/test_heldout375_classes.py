"""Classes behind misses and false alarms of the held-out sets from English 375 and German 373
on, and of the false alarms earlier sets left, fixed in the rules after their blind runs. The
sets are tests/data/lint/real/heldout375_en.tsv, heldout373_de.tsv and later."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_a_thing_owned_by_someone_is_not_a_person_for_its_owner() -> None:
    # From held-out 372: "… after her wedding dress failed to arrive in time …".
    check_class(
        "Two days before the wedding, her stylist failed to turn up.",
        "Two days before the wedding, her wedding dress failed to arrive.",
    )
    assert blocks("Their tech forgot to lock the door.")
    assert not blocks("His new laptop failed to boot after the update.")


def test_the_noun_phrase_after_a_clause_opening_preposition_is_its_subject() -> None:
    # "after" opens a clause: its subject is the phrase right after it, not the shop before.
    check_class(
        "She sued the bridal store after its owner failed to order the dress in time.",
        "She sued the bridal store after her wedding dress failed to arrive in time.",
    )


def test_a_family_is_a_group_of_people() -> None:
    # From held-out 354: "the Bride to Be + her family have failed to see one dime returned".
    check_class(
        "The family failed to tell the landlord about the leak for three weeks.",
        "The paperwork failed to tell the landlord about the leak for three weeks.",
    )


def test_a_place_after_its_on_is_no_one_to_blame() -> None:
    # From held-out 375: "It’s on a one year old David Wilson house."
    check_class("That one's on the contractor.", "It’s on a one year old David Wilson house.")


def test_lying_to_someone_is_blame_and_recruiters_are_people() -> None:
    # From held-out 376: "… so the recruiter lied to me to get me to travel over 1000 miles …".
    check_class(
        "So the recruiter lied to me to get me to travel over 1000 miles.",
        "So the problem lied in the config all along.",
    )
    assert blocks("The interviewer forgot about me and went to lunch.")


def test_a_plan_called_off_by_others_is_no_duty_missed() -> None:
    # From held-out 376: "My husband was supposed to be at work today, …, but it was cancelled."
    check_class(
        "My husband was supposed to be at work today, but he overslept and never called in.",
        "My husband was supposed to be at work today, a 12hr shift, but it was cancelled.",
    )


def test_a_regulators_instances_of_non_compliance_are_no_euphemism() -> None:
    # From held-out 376: inspectors "will inform the employment agency … of instances of
    # non-compliance and explain what their legal requirements are."
    check_class(
        "Non-compliance by the operator led to the failed restore.",
        "Inspectors will inform the agency of instances of non-compliance and explain the law.",
    )


def test_a_condition_with_without_is_not_acting_blindly() -> None:
    # From held-out 376: "… we cannot add your shift back on to your work calendar without
    # confirmation from your agency, …".
    check_class(
        "The agency added the shift to your calendar without confirmation from you.",
        "We cannot add the shift to your calendar without confirmation from your agency.",
    )


def test_a_rule_of_conduct_with_should_never_is_no_omission() -> None:
    # From held-out 376: "Recruiters should never ask you to pay up front …".
    check_class(
        "The recruiter never asked for my consent before sending my CV.",
        "Recruiters should never ask for your bank details over a text message.",
    )


def test_did_you_know_that_offers_a_fact() -> None:
    # From held-out 377: "Did you know that eating kale can be fatal for people taking certain
    # blood pressure medications?"
    check_class(
        "Did you just delete the release branch?",
        "Did you know that eating kale can be fatal for people taking some medications?",
    )


def test_time_lost_to_an_injury_is_no_slip() -> None:
    # From held-out 377: "She fractured her wrists, missed four months of work, and …".
    check_class(
        "The trainer missed two of our sessions and never refunded them.",
        "She fractured her wrists, missed four months of work, and had some permanent damage.",
    )


def test_the_wrong_thing_used_in_a_clause_with_its_verb_last_is_found() -> None:
    # From held-out 376: "… weil er das falsche Färbemittel einsetzte." A thing received is no
    # deed: "… einen falschen Bescheid bekommen, wie ein Sprecher sagte."
    check_class(
        "Der Friseur musste zahlen, weil er das falsche Färbemittel einsetzte.",
        "Wegen eines Softwarefehlers haben 85 Fahrer einen falschen Bescheid bekommen, wie ein "
        "Sprecher sagte.",
        lang="de",
    )


def test_acting_against_the_contract_is_a_breach_but_not_in_a_condition_of_terms() -> None:
    # From held-out 373: "Er wählte vertragswidrig die preiswertere Variante …".
    check_class(
        "Er wählte vertragswidrig die preiswertere Variante eines gemauerten Kellers.",
        "Wird das Gerät vertragswidrig genutzt, erlischt die Garantie.",
        lang="de",
    )
    assert not blocks(
        "Wenn der Kunde das Gerät vorschriftswidrig nutzt, erlischt die Garantie.", "de"
    )
    assert blocks("Wenn ich das richtig sehe, hat der Monteur die Vorschriften missachtet.", "de")
    assert not blocks("Es geht um eine vermeintlich vertragswidrig durchgeführte Bestattung.", "de")


def test_what_an_insurance_excludes_is_no_charge_of_intent() -> None:
    # From held-out 375: "Steht … eine wissentliche Pflichtverletzung und somit ein
    # Ausschlusstatbestand im Raum, kann das … existenzbedrohend sein."
    check_class(
        "Der Makler hat den Antrag wissentlich nicht weitergeleitet.",
        "Steht eine wissentliche Pflichtverletzung und somit ein Ausschlusstatbestand im Raum, "
        "kann das existenzbedrohend sein.",
        lang="de",
    )


def test_a_public_warning_to_be_vigilant_is_no_remedy_for_people_in_the_review() -> None:
    # From held-out 380: "Highland Council Trading Standards are asking members of the public
    # to be vigilant following recent report about a … doorstep selling firm …".
    check_class(
        "We are asking engineers to be more vigilant when running commands in production.",
        "Trading Standards are asking members of the public to be vigilant after reports of a "
        "doorstep selling firm.",
    )


def test_a_participle_before_its_noun_is_no_deed() -> None:
    # From held-out 378: "… resultierten beim Umzug … mehrere zerstörte Möbel und beschädigte
    # Wertgegenstände."
    check_class(
        "Der Monteur zerstörte beim Umzug mehrere Möbel.",
        "Beim Umzug resultierten mehrere zerstörte Möbel und beschädigte Wertgegenstände.",
        lang="de",
    )


def test_a_general_rule_of_liability_names_no_one() -> None:
    # From held-out 378: "In der Regel haftet das Umzugsunternehmen für die von ihm verursachten
    # Schäden bis 620 Euro pro Kubikmeter Transportgut."
    check_class(
        "Der Monteur hat den Wasserschaden verursacht.",
        "In der Regel haftet das Umzugsunternehmen für die von ihm verursachten Schäden bis 620 "
        "Euro pro Kubikmeter.",
        lang="de",
    )


def test_swindling_someone_is_blame_but_not_its_victims_named_by_it() -> None:
    # From held-out 378: "Worse, by the time I caught on, he had scammed three of my neighbors
    # and my church."
    check_class(
        "By the time I caught on, he had scammed three of my neighbors.",
        "The court ordered him to pay restitution for the defrauded homeowners.",
    )
    assert blocks("The tree cutter conned me out of two thousand dollars.")
    assert blocks("He duped her out of her life savings.")


def test_a_job_never_completed_by_someone_is_an_omission() -> None:
    # From held-out 378: "Although the applicant says he paid 90% of the irrigation budget, the
    # respondent never completed the job."
    check_class(
        "The landscaper never completed the job after taking the deposit.",
        "The nightly backup never completed after the disk filled up.",
    )


def test_failing_in_a_duty_overriding_a_safety_device_and_falling_short_are_blame() -> None:
    # From held-out 382: "TKE also failed in its duty to ensure …", "… he overrode a safety
    # mechanism allowing the inner door to remain open."; from 381: "… clearly didn’t live up to
    # the expectations of what was requested."
    check_class(
        "The engineer failed in his duty to isolate the lift.",
        "The migration failed in its first phase.",
    )
    check_class(
        "To save time, he overrode a safety mechanism on the lift door.",
        "To save time, he overrode a default in the config file.",
    )
    check_class(
        "The sound company clearly didn't live up to the expectations.",
        "The new release did not live up to expectations.",
    )


def test_a_relative_clause_with_its_own_verb_lends_the_main_verb_its_phrase() -> None:
    # From held-out 381: "… the sound company which was hired to provide sounds clearly didn’t
    # live up to the expectations …".
    check_class(
        "The company which was hired forgot to call us back.",
        "The script which Bob wrote forgot to close the file.",
    )


def test_feeling_cheated_with_the_verb_last_is_a_feeling() -> None:
    # From held-out 380: "… eine der Frauen, die sich vom Fitnessstudio … betrogen fühlt."
    check_class(
        "Der Betreiber hat über 40 Frauen um ihr Geld betrogen.",
        "Sie ist eine der Frauen, die sich vom Fitnessstudio betrogen fühlt.",
        lang="de",
    )


def test_court_headnotes_and_a_helpful_visit_are_no_blame() -> None:
    # From held-out 383: a counterclaim of negligence, a court's refusal to find a failure, "the
    # one who came out to the house", and what was obvious once the sidewalk was opened.
    check_class(
        "The contractor was negligent and never came back.",
        "Owners had the burden of proving their counterclaim of negligence against the contractor.",
    )
    check_class(
        "The contractor had failed to conform to the requirements.",
        "The evidence justified the trial court's refusal to find that the contractor had failed "
        "to conform to the requirements.",
    )
    check_class(
        "Bob was the one who deleted the database.",
        "The owner was the one who came out to the house, and he was incredible.",
    )
    assert not blocks("Once the sidewalk was opened, it was obvious as to what had happened.")


def test_german_botched_work_workers_who_never_came_back_and_lazy_guides_are_blame() -> None:
    # From held-out 381: "Und die Gaube hat er so fehlerhaft eingedeckt, dass …", "Nach einer
    # Mittagspause kamen die Arbeiter nicht mehr wieder …"; from 382: lazy and useless guides.
    check_class(
        "Der Dachdecker hat die Gaube fehlerhaft eingedeckt.",
        "Der Dachdecker hat die Gaube im Frühjahr eingedeckt.",
        lang="de",
    )
    check_class(
        "Nach einer Mittagspause kamen die Arbeiter nicht mehr wieder.",
        "Nach der Mittagspause kam der Brief nicht wieder zurück.",
        lang="de",
    )
    check_class("Der Reiseleiter war faul.", "Das Obst war faul.", lang="de")
    assert blocks("Der Reiseleiter war eine absolute Katastrophe.", "de")
    assert not blocks("Die Reise war eine Katastrophe.", "de")


def test_a_condition_with_a_judging_word_judges_no_one() -> None:
    # From held-out 381: "Werden unsachgemäße Arbeiten durch Arbeitsschutz oder Polizei gestoppt,
    # können hohe Kosten auf den Hausbesitzer zukommen; …".
    check_class(
        "Der Dachdecker hat unsachgemäße Arbeiten abgeliefert.",
        "Werden unsachgemäße Arbeiten von der Polizei gestoppt, können hohe Kosten entstehen.",
        lang="de",
    )


def test_a_parenthetical_who_names_a_person_and_capitals_do_not_hide_an_adverb() -> None:
    # From held-out 383: "McDonagh, who uses a brief appearance on BBC's DIY SOS to plug his …
    # company on Facebook, did not return to complete the patio."; from 384: "The caterer had
    # ROYALLY screwed up the food, …".
    check_class(
        "McDonagh, who plugs his paving company on Facebook, did not return to complete the patio.",
        "The cron job, which was disabled last week, did not return to complete the export.",
    )
    assert blocks("The caterer had ROYALLY screwed up the food.")


def test_charges_called_wrong_and_facts_that_do_not_suggest_misconduct_are_no_blame() -> None:
    # From held-out 385: "If your concerns do not suggest misconduct or incompetence of a
    # Regulated Member, we will not take any further action …"; from 386: "… you feel you were
    # wrongly accused of causing damage to the rental car, …".
    check_class(
        "The inspector's incompetence cost us thousands.",
        "If your concerns do not suggest misconduct or incompetence of a member, we will not act.",
    )
    assert not blocks(
        "You may complain if you feel you were wrongly accused of causing damage to the car."
    )


def test_a_german_rule_for_whoever_does_something_reports_no_one() -> None:
    # From held-out 383: "Wer etwas übersieht, gilt als Verursacher und zahlt."
    check_class(
        "Der Mitarbeiter hat den Schaden bei der Rückgabe übersehen.",
        "Wer bei der Rückgabe etwas übersieht, gilt als Verursacher und zahlt.",
        lang="de",
    )


def test_german_embezzlement_stubbornness_unpaid_bills_and_checks_not_made_are_blame() -> None:
    # From held-out 383 and 384: "Der Mietwagenverleiher jedoch schaltet sofort auf stur.", "…
    # schaffte der Kämmerer Steuergeld beiseite.", "… hat ein städtischer Kassenleiter … 2,1
    # Millionen Euro in seine private Kasse abgezweigt.", "… dass der Steuerberater keine
    # Vollständigkeitskontrolle vorgenommen hat.", "… der Steuerberater hat grob schuldhaft
    # gehandelt …".
    check_class(
        "Der Vermieter schaltet sofort auf stur.",
        "Der Vermieter schaltet sofort auf Winterreifen um.",
        lang="de",
    )
    check_class(
        "Der Kämmerer schaffte über Jahre Steuergeld beiseite.",
        "Der Kämmerer schaffte über Jahre Ordnung in die Kasse.",
        lang="de",
    )
    assert blocks(
        "Der Kassenleiter hat 2,1 Millionen Euro in seine private Kasse abgezweigt.", "de"
    )
    assert blocks("Der Steuerberater hat keine Vollständigkeitskontrolle vorgenommen.", "de")
    check_class(
        "Der Steuerberater hat grob schuldhaft gehandelt.",
        "Er selbst habe nicht rechtswidrig und schuldhaft gehandelt.",
        lang="de",
    )
    assert not blocks("Der Kläger warf dem Trainer vor, pflichtwidrig gehandelt zu haben.", "de")


def test_the_readers_own_would_be_mistakes_are_no_hindsight() -> None:
    # From held-out 387: "… you expect that things will be done the right way and that the
    # mistakes that you would have made won’t happen."
    check_class(
        "The architect should have sent it to the other email address.",
        "You hire an expert so that the mistakes that you would have made won't happen.",
    )


def test_a_claim_someone_makes_is_no_finding() -> None:
    # From held-out 387: "Die Klägerin macht Ansprüche aus fehlerhafter zahnärztlicher
    # Behandlung geltend."
    check_class(
        "Der Zahnarzt hat die Krone fehlerhaft eingesetzt.",
        "Die Klägerin macht Ansprüche aus fehlerhafter zahnärztlicher Behandlung geltend.",
        lang="de",
    )


def test_negligence_found_absent_and_a_regulators_letter_are_no_blame() -> None:
    # From held-out 391: "Based only on what you have provided there does not seem to be any
    # negligence.", "… mailed The Dog Club of Wilmington a letter of non-compliance …".
    check_class(
        "This is plain negligence on the groomer's part.",
        "Based only on what you have provided there does not seem to be any negligence.",
    )
    assert not blocks("The department mailed the club a letter of non-compliance last week.")


def test_a_pool_shape_called_lazy_l_is_no_judging_word() -> None:
    # From held-out 392: "… at the location of the "inside curve" of the Lazy-L."
    check_class(
        "The installer was lazy and left the liner loose.",
        "The liner pulled out at the inside curve of the Lazy-L.",
    )


def test_a_job_left_unfinished_is_an_omission_but_not_a_payment_that_did_not_complete() -> None:
    # The sample post-mortem's "… 1,214 payment attempts by 61 merchants' customers did not
    # complete.": "complete" without an object is what a thing does, not a task someone skipped.
    check_class(
        "The landscaper did not complete the job and kept the deposit.",
        "Payment attempts by 61 merchants' customers did not complete.",
    )
    assert blocks("The concrete crew poured the path and did not finish it correctly.")
