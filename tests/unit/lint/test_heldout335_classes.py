"""Classes behind false alarms of the held-out sets from English 335 and German 333 on
(plasma and blood donation; rinks; climbing gyms and rope parks; chiropractors; coaches and
coach tours; caterers and food trucks; gymnastics and cheer), fixed in the rules after their
blind runs. The sets are tests/data/lint/real/heldout335_en.tsv, heldout333_de.tsv and later."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_bone_of_ones_own_broken_is_an_injury_not_a_failure() -> None:
    check_false_alarm(
        "The second new member crossing the rope fell and broke her ankle.",
        "The second new member crossing the rope broke the harness.",
    )
    assert not blocks("He slipped on the ice and fractured his wrist.")


def test_a_misunderstanding_between_two_sides_names_no_culprit() -> None:
    check_false_alarm(
        "One member had trouble with improper billing due to miscommunication between her and "
        "the local branch staff which prompted her decision to terminate her membership.",
        "One member had trouble with improper billing due to a mistake by the local branch staff.",
    )


def test_injuries_with_a_word_before_them_are_still_a_body_not_a_culprit() -> None:
    check_false_alarm(
        "Because of her head injuries, the injured customer has no memory of the fall and "
        "could not locate any witnesses who saw the accident.",
        "Because of her careless driving, the customer has no memory of the fall.",
    )


def test_what_should_have_been_a_good_day_is_an_idiom_not_hindsight() -> None:
    check_false_alarm(
        "Sadly, these 'school' coaches supplied spoilt for some what should have been an "
        "enjoyable day for all.",
        "The coach company should have sent enough drivers for the day.",
    )
    check_false_alarm(
        "Roughly three hours into a trip from Dallas, a Phoenix-bound bus pulled over for what "
        "was supposed to be a 20 minute pit-stop in Abilene, Texas.",
        "Jonas was supposed to drain the node before rebooting it.",
    )


def test_a_vehicle_before_the_verb_is_a_thing_not_a_person_who_failed() -> None:
    # With "bus" unknown to the lexicon, the subject was borrowed from after the comma ("we").
    check_false_alarm(
        "The bus didn’t arrive, so we waited with a stranger.",
        "The plumber didn’t arrive, so we waited with a stranger.",
    )
    # A fronted phrase still takes its subject from after the comma.
    assert blocks("Instead of investigating the alert, Nora silenced it.")


def test_a_cause_ruled_out_is_none() -> None:
    check_false_alarm(
        "Technische Probleme oder ein Fehler des Personals könnten ausgeschlossen werden, teilte "
        "die Polizei mit.",
        "Schuld war ein Fehler des Personals, teilte die Polizei mit.",
        "de",
    )
    check_false_alarm(
        "Human error by the staff has been ruled out.",
        "The outage was caused by human error by the staff.",
    )


def test_bloederweise_is_unluckily_not_a_label() -> None:
    check_false_alarm(
        "Blöderweise stand der Truck auf dem Event direkt neben einem Stand einer "
        "Krankenversicherung.",
        "Der Fahrer war einfach zu blöd, den Truck richtig abzustellen.",
        "de",
    )


def test_no_contributory_negligence_clears() -> None:
    check_false_alarm(
        "There was no contributory negligence, as had been pleaded, for a 12-year-old girl in "
        "this situation.",
        "The instructor was negligent in leaving the 12-year-old girl alone on the apparatus.",
    )


def test_a_konjunktiv_that_reports_an_answer_or_a_question_is_no_hindsight() -> None:
    check_false_alarm(
        "Der Kollege am anderen Ende der Leitung überrascht Sie nun mit der Antwort, dass er "
        "kein Interesse an einem solch alten Klavier hätte.",
        "Der Kollege am anderen Ende der Leitung hätte das alte Klavier prüfen müssen.",
        "de",
    )
    assert not blocks(
        "Weiterhin wollte sie wissen, warum wir uns nicht eher bei ihr gemeldet hätten.", "de"
    )
    # A modal verb keeps the hindsight, reported or not.
    assert blocks("Der Techniker hätte das Kabel prüfen müssen.", "de")


def test_a_person_called_a_liar_or_a_fraud_is_judged() -> None:
    check_class(
        "Dieser Mann ist ein professioneller Lügner.",
        "Das ist eine Betrugsmasche.",
        "de",
    )
    # Criminals from outside are no one the review is about.
    assert not blocks("Die Täter waren Betrüger aus dem Ausland.", "de")
    check_class("The contractor is a con artist.", "This is a fraud alert from your bank.")
    assert not blocks("The callers were fraudsters posing as the bank.")


def test_a_contract_or_a_word_broken_by_a_party() -> None:
    check_class(
        "Damit hat er den auf Vertrauen begründeten Vertrag auch gegenüber dem Endkunden "
        "gebrochen.",
        "Damit ist das Eis zwischen ihm und dem Endkunden gebrochen.",
        "de",
    )


def test_a_warrantys_terms_name_no_ones_negligence() -> None:
    check_false_alarm(
        "Die Herstellergarantie gilt nicht, wenn ihr Produkt durch Unfälle, Nachlässigkeiten "
        "oder unsachgemäßen Nutzen beschädigt wurde.",
        "Der Techniker hat das Gerät durch Fahrlässigkeit beschädigt.",
        "de",
    )
    check_false_alarm(
        "The warranty does not apply if your product was damaged by accident, negligence or "
        "misuse.",
        "The technician was negligent.",
    )


def test_readers_asked_what_they_would_have_done_in_the_writers_place() -> None:
    check_false_alarm(
        "Vielmehr würde mich mal interessieren, wie ihr an meiner Stelle reagiert hättet - Uhr "
        'einpacken ("kann ja mal passieren"), Riesenwelle lostreten, oder was völlig anderes?',
        "An seiner Stelle hätte ich das Kabel geprüft.",
        "de",
    )
    check_false_alarm(
        "I wonder how you would have reacted in my shoes.",
        "The vendor should have notified us earlier.",
    )


def test_a_role_that_carries_more_responsibility_carries_no_blame() -> None:
    check_false_alarm(
        "Der Augenoptiker trägt dadurch eine höhere Verantwortung.",
        "Der Betreiber trägt die Verantwortung für den Unfall.",
        "de",
    )


def test_no_evidence_that_someone_was_negligent_and_a_complaint_dismissed_clear() -> None:
    check_false_alarm(
        "As there was no evidence MI was negligent, its motion was granted and Trinidad’s "
        "complaint dismissed against it.",
        "As MI was negligent, Trinidad’s complaint against it was upheld.",
    )
    assert blocks("The manager dismissed our concerns.")


def test_do_not_bother_to_call_is_an_instruction_not_indifference() -> None:
    check_false_alarm(
        "We will not be doing any on-call plowing for non-customers during the storm itself… "
        "please do not even bother to call for on-call service during the storm.",
        "They do not even bother to call back.",
    )


def test_neither_the_crew_nor_the_ship_names_no_culprit() -> None:
    check_false_alarm(
        "Es lag weder an der Crew oder dem Schiff an sich.",
        "Es lag an der Crew und nicht am Schiff.",
        "de",
    )


def test_what_was_to_take_place_is_no_ones_duty() -> None:
    check_false_alarm(
        "Wie berichtet, war kürzlich in der Nähe von Düsseldorf ein Festzelt am frühen Morgen "
        "unter der Schneelast zusammengebrochen – wenige Stunden später hätten dort 1.000 Narren "
        "feiern sollen.",
        "Der Techniker hätte das Kabel prüfen sollen.",
        "de",
    )
    assert blocks("Der Techniker hätte früher anfangen sollen.", "de")


def test_der_dumme_sein_is_losing_out_not_a_label() -> None:
    check_false_alarm(
        "Manchmal montiert der Handwerker sein Werk perfekt und ist im Streitfall am Ende doch "
        "der Dumme.",
        "Der Monteur war einfach zu dumm, das Tor richtig einzustellen.",
        "de",
    )


def test_what_a_rule_forbids_is_not_done_for_a_stated_reason() -> None:
    check_false_alarm(
        "Innerhalb dieses Bereiches ist eine Reparatur nicht zulässig und wird daher auch von der "
        "Fa. Carglass GmbH nicht durchgeführt.",
        "Der Techniker hat die Reparatur nicht durchgeführt.",
        "de",
    )
    # "Fa." abbreviates "Firma": no sentence ends there, and the firm is a party.
    assert blocks("Die Fa. Müller hat die Reparatur nicht durchgeführt.", "de")


def test_sitting_on_hold_is_waiting_not_sitting_on_a_report() -> None:
    check_false_alarm(
        "Monday morning, I called HSA and sat on hold for 45 minutes.",
        "The manager sat on the report for two weeks.",
    )
