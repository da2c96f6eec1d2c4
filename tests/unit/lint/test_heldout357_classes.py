"""Classes behind misses and false alarms of the held-out sets from English 357 and German 355
on (self-storage and junk removal; house painters and handymen; pest control; floor layers),
and the misses of earlier sets found on the way, fixed in the rules after their blind runs. The
sets are tests/data/lint/real/heldout357_en.tsv, heldout355_de.tsv and later."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_negated_frame_that_asserts_what_follows_keeps_the_blame() -> None:
    # From held-out 354: "It didn't matter that … the DJ screwed up our first dance …".
    check_class(
        "It didn’t matter that the ice sculpture had our married monogram wrong, that the DJ "
        "screwed up our first dance or that the bartender told people we were out of beer.",
        "It did not happen that the DJ screwed up our first dance.",
    )
    assert blocks("We couldn’t believe the technicians forgot to put the oil cap back on.")
    assert blocks("I am not surprised that the technician forgot to put the oil cap back on.")
    assert blocks("No matter what I said, my audiologist just would not listen to me.")
    # A plain negated opinion still denies what follows.
    assert not blocks("I don't think the DJ screwed up our first dance.")


def test_tradespeople_called_cowboys_are_labelled_but_not_the_dallas_cowboys() -> None:
    check_class(
        "It's a long and involved story that can be summed up simply ... they were cowboys.",
        "During Sunday night's Dallas Cowboys game, the station stayed on air.",
    )
    assert blocks("Cowboy builders leave more than 1.5 million homes riddled with damp.")


def test_damage_done_by_tradespeople_named_only_in_the_plural_has_its_doers() -> None:
    check_class(
        "Three dozen employees whose cars were damaged by painters working near the school "
        "parking lot have filed a lawsuit.",
        "Three dozen employees whose cars were damaged by hail near the school parking lot have "
        "filed a lawsuit.",
    )


def test_what_is_typical_of_a_kind_of_business_blames_no_one() -> None:
    check_false_alarm(
        "Typisch für Hotels und andere Beherbergungsbetriebe sind kurze und ständige Wechsel der "
        "Übernachtungsgäste.",
        "Auch typisch für Dachhaie: Sie finden angeblich immer wieder neue Schäden.",
        "de",
    )


def test_a_tradesman_who_does_not_show_up_is_found_in_the_german_idiom() -> None:
    check_class(
        "Der Kunde monierte wieder, aber der Verleger ließ sich trotz mehrerer Aufforderungen "
        "nicht mehr blicken.",
        "Die Sonne ließ sich den ganzen Tag nicht blicken.",
        "de",
    )
    assert blocks("Der Monteur hat sich nie wieder blicken lassen.", "de")


def test_the_black_sheep_of_a_trade_are_a_judgement_on_firms() -> None:
    check_class(
        "Die schwarzen Schafe, die sich speziell in diesem Handwerksbereich tummeln, sind das "
        "Haar in der Suppe.",
        "Es gibt in diesem Handwerksbereich keine schwarzen Schafe.",
        "de",
    )


def test_a_relative_clause_inside_the_subject_lends_it_no_doer() -> None:
    # "they" ordered the die; the die did nothing.
    check_false_alarm(
        "The die that they ordered to cut the holes was coarse and did nothing but cause the "
        "paper to rip when you tried to punch the cards out.",
        "The painter that they hired was late and did nothing.",
    )
    # "that" after a verb or "the fact" opens what is said, and its subject stays the doer.
    assert blocks(
        "The audit shines light on the bug that caused the outage and the fact that IRS "
        "officials were aware of it and chose not to update their systems."
    )


def test_the_one_harmed_in_a_participle_clause_after_the_comma_is_no_doer() -> None:
    check_false_alarm(
        "The plaintiff testified that when he stepped onto the ‘island’, the wood that covered "
        "the hole broke, causing him to fall through the hole to the floor below.",
        "He deleted the folder, causing the outage.",
    )


def test_human_error_that_a_process_avoids_is_no_finding() -> None:
    check_false_alarm(
        "Fortunately, printing errors are very rare these days as camera-ready artwork is sent "
        "via email, thus avoiding the human error of entering your information by hand.",
        "The misprint was caused by human error.",
    )
    assert not blocks("Automation reduces the risk of human error.")


def test_a_policys_case_with_the_reader_in_its_second_part_blames_no_one() -> None:
    check_false_alarm(
        "Please know, if I shipped your order but you didn't approve the proof, I will still "
        "make changes as needed and ship you new decals at no cost to you.",
        "I shipped your order but you didn't approve the proof.",
    )


def test_liability_limited_to_gross_negligence_judges_no_one() -> None:
    check_false_alarm(
        "Die Haftung ist beschränkt auf grobe Fahrlässigkeit und Vorsatz.",
        "Der Monteur hat grob fahrlässig gehandelt.",
        "de",
    )
    assert not blocks(
        "Denn ein Haftungsausschluss, der vorsätzliches oder grob fahrlässiges Handeln des "
        "Betreibers mit umfasst, ist nach dem Gesetz insgesamt unwirksam.",
        "de",
    )


def test_work_done_incorrectly_by_someone_has_its_doers() -> None:
    # From held-out 362.
    check_class(
        "The owner of a cleaning company called to ask how to remove browning from a white "
        "cotton sofa that his men cleaned incorrectly.",
        "The owner of a cleaning company called to ask how to remove browning from a white "
        "cotton sofa that was cleaned incorrectly.",
    )
    # A heading's label names a symptom ("**Wins and Losses Calculated Incorrectly:**").
    assert not blocks("- **Scores Calculated Incorrectly:** Your statistics may not display.")


def test_charging_an_arm_and_a_leg_is_overcharging() -> None:
    check_class(
        "He replaced a part, charged me an arm and left.",
        "He replaced a part, charged the battery and left.",
    )
    assert blocks("They charged us an arm and a leg for a fuse.")


def test_german_names_for_a_dud_and_a_bloke_of_a_trade_are_insults() -> None:
    check_class(
        "Der Besitzer ist also eine Pfeife und ein Ignorant!",
        "Das ist eine Pfeife aus Holz.",
        "de",
    )
    assert blocks(
        "Kriege am Freitag das Auto aus der Reparatur und fahre sofort zum Fahrradheini: "
        "Geschlossen!",
        "de",
    )
    assert not blocks("Heini hat gestern angerufen.", "de")


def test_staff_judged_unfriendly_or_a_person_judged_whole_is_blame() -> None:
    # From held-out 363 and earlier sets.
    check_class(
        "The staff was not very sympathetic at the time of the phone call.",
        "The weather was not very friendly at the time of the phone call.",
    )
    check_class(
        "I ended up with a guy that I’d never had before and he was horrible.",
        "I ended up with a dish that I’d never had before and it was horrible.",
    )


def test_a_german_firm_that_allows_itself_two_slips_and_washers_who_overcharge() -> None:
    # From held-out 361.
    check_class(
        "Der erste Betrieb leistet sich gleich zwei faux pas.",
        "Der erste Betrieb leistet sich gleich zwei neue Maschinen.",
        "de",
    )
    assert blocks("Die Teppichwäscher verlangen Wucherpreise.", "de")


def test_terms_for_missed_appointments_are_a_rule_not_a_reproach() -> None:
    # From held-out 363 and 340.
    check_false_alarm(
        "Eine vereinbarte Fahrstunde, die nicht 48 Stunden vorher abgesagt wurde oder einfach nur "
        "versäumt wurde, muss deshalb bezahlt werden.",
        "Die Fahrstunde wurde vom Fahrlehrer einfach versäumt.",
        "de",
    )
    check_false_alarm(
        "Versäumte Unterrichtsstunden, gesetzliche Feiertage, Krankheit oder Urlaub gehen zu "
        "Lasten des Teilnehmers.",
        "Der Lehrer hat die Unterrichtsstunden versäumt.",
        "de",
    )


def test_a_claim_of_ones_own_is_no_attribution() -> None:
    # "… to my claim and basically brushed me off." ended like "…, he claimed." (held-out 365).
    assert blocks(
        "I called the company that manages the provincial park, and they deny any "
        "responsibility to my claim and basically brushed me off."
    )
    assert not blocks("The engineer forgot to renew it, a spokesperson said.")


def test_german_terms_on_liability_for_fault_and_warranty_exclusions_judge_no_one() -> None:
    # From held-out 365 and 366.
    check_false_alarm(
        "Er bzw. sein Erziehungsberechtigter haftet für alle Schäden und Folgekosten, die durch "
        "das Verschulden des Schülers verursacht werden.",
        "Der Schaden wurde durch das Verschulden des Schülers verursacht.",
        "de",
    )
    check_false_alarm(
        "Schäden durch unsachgemäße Handhabung oder kaputte Verschließteile fallen nicht unter "
        "die Regulierung durch die Garantie.",
        "Der Monteur hat die Geräte durch unsachgemäße Handhabung beschädigt.",
        "de",
    )


def test_a_verb_in_scare_quotes_is_sarcasm_about_a_deed() -> None:
    # From held-out 367 and earlier sets.
    check_class(
        "The termite inspector “missed” this obvious infestation.",
        "The termite inspector said “missed” was the wrong word.",
    )
    assert blocks('My piano teacher "forgot" to inform me.')
    # A state or a status in quotes stays a quotation.
    assert not blocks("This caused some donations on that day to be marked as “failed”.")
    assert not blocks('A limited number of payments were "rejected" rather than queued.')


def test_a_relative_clause_without_that_lends_the_subject_no_doer() -> None:
    # From held-out 372: the dress did not arrive; she only ordered it.
    check_false_alarm(
        "Anna King was concerned when the wedding dress she ordered online didn’t arrive.",
        "Anna King was concerned when the plumber she hired didn’t arrive.",
    )
    assert not blocks("The parts she ordered never arrived.")
    # A noun phrase inside a fronted phrase is no subject: he is.
    assert blocks(
        "However, on the morning of the accident he felt able to ignore the basic watchkeeping "
        "requirements of keeping an effective lookout."
    )
