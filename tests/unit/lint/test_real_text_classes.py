"""Classes of real-text blame the cue lists missed (issue 16, second held-out set).

Each test covers one class with sentences written for the test, not copied from the
corpus: what must block, what must stay a quiet hint, and look-alikes that must stay clean.
"""

from __future__ import annotations

import pytest

from .tiers import tier

# ------------------------------------------------------------ person + any past verb + harm


@pytest.mark.parametrize(
    "sentence",
    [
        "She toggled the wrong breaker and the whole row went dark.",
        "The contractor unscrewed the wrong panel.",
        "He cut the wrong cable during the move.",
        "Tired after the night shift, the admin emptied the wrong bucket.",
        "Marta dropped the index by mistake.",
        "The intern wiped the staging disk by accident.",
    ],
)
def test_a_person_doing_any_action_to_the_wrong_thing_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheduler picked the wrong region.",
        "Nora was handed the wrong credentials.",
        "Ben noticed the wrong version was live and rolled back.",
        "The job was deleted by hand at 10:20, as planned.",
    ],
)
def test_wrong_things_done_by_systems_or_to_people_stay_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


# ------------------------------------------------------------ fault stated outright


@pytest.mark.parametrize(
    "sentence",
    [
        "Frankly, it was his fault from the start.",
        "In the end the blame is all theirs.",
        "The night staff are partly to blame for the data loss.",
        "Some part of the leadership is clearly to blame.",
    ],
)
def test_fault_stated_outright_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not her fault; the console showed both clusters with the same name.",
        "Through no fault of their own, the responders lacked access.",
        "The power supply was partly to blame.",
        "Their fault tolerance settings were too strict.",
    ],
)
def test_fault_look_alikes_stay_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


# ------------------------------------------------------------ judging words beyond the list


@pytest.mark.parametrize(
    "sentence",
    [
        "Only a dimwit would restart the primary at noon.",
        "The reviewer acted like a clueless buffoon.",
        "Some muppet pushed straight to main again.",
        "He was not competent enough to run the migration.",
        "She hastily edited the firewall rules on the live router.",
        "They bodged the fix and went home.",
    ],
)
def test_insults_and_judging_words_block(sentence: str) -> None:
    assert tier(sentence) == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "The page triggered a knee-jerk restart of the broker.",
        "The new lock is fool-proof against double runs.",
        "Ana is competent in Terraform and led the restore.",
    ],
)
def test_judging_word_look_alikes_stay_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


# ------------------------------------------------------------ reproaches and person remedies


@pytest.mark.parametrize(
    "sentence",
    [
        "You could at least ask in the channel before force-pushing.",
        "He didn't even wait for the canary.",
        "Next time, test the migration on a copy first.",
        "From now on, you need to double-check the target cluster.",
    ],
)
def test_reproaches_and_person_remedies_block(sentence: str) -> None:
    assert tier(sentence) == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "The deploy tool could at least warn before deleting a branch.",
        "Next time the job runs, it reads the new schedule.",
        "In the future the release tooling will ask for confirmation.",
    ],
)
def test_system_reproaches_and_future_facts_stay_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


# ------------------------------------------------------------ first-person admissions are hints


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry, my bad, I pointed the script at the old bucket.",
        "That one is entirely on me.",
        "Most likely my fault, I skipped the dry run.",
        "I was hasty with the merge.",
    ],
)
def test_first_person_admissions_are_quiet_hints(sentence: str) -> None:
    assert tier(sentence) == "hint"


# ------------------------------------------------------------ counterfactual look-alikes


@pytest.mark.parametrize(
    "sentence",
    [
        "Adding a second reviewer could have helped.",
        "Having an incident commander would have shortened the outage.",
        "We are still discussing how we could have detected it sooner.",
    ],
)
def test_counterfactuals_about_a_practice_or_a_reflection_stay_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


def test_a_person_counterfactual_after_a_fronted_gerund_phrase_still_blocks() -> None:
    assert tier("Running the tests locally, Dana could have caught it.") == "block"


# ------------------------------------------------------------ subjects the left-walk missed


@pytest.mark.parametrize(
    "sentence",
    [
        # "and" joins noun phrases: the doer is the subject before it.
        "A contractor rewired the racks and their patch panels after accidentally cutting power.",
        # Elided subjects in chat and review threads.
        "Hmm... Pushed the hotfix without approval?",
        "Dropped the prod table without asking anyone.",
        # Partitive and trade nouns.
        "The rest of the crew are clearly to blame.",
        "The plumber committed the same mistake as last year.",
    ],
)
def test_subjects_beyond_the_left_neighbour_are_found(sentence: str) -> None:
    assert tier(sentence) == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "Scheduled jobs ran without review over the weekend.",
        "The pipeline and its runners deployed the build without review.",
        "Restarted the broker without waiting for the drain because the runbook said so.",
    ],
)
def test_systems_and_explained_actions_stay_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


# ------------------------------------------------------------ an ordinary action tied to the harm


@pytest.mark.parametrize(
    "sentence",
    [
        "The whole floor went dark after a contractor unplugged the distribution board.",
        "The village was left without internet when a technician rerouted the fibre.",
        "A field engineer shut off thousands of customers during the upgrade.",
        "The same admin kept wiping the shared cache.",
        "A technician spilled water over the switch.",
        "His excuse was that the ticket looked routine.",
        "He decided not to do things properly.",
    ],
)
def test_a_person_action_tied_to_harm_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "The outage began after the primary failed over.",
        "The outage ended when an engineer restored the link.",
        "The site went down after the on-call engineer was paged.",
        "The cleanup job kept deleting old snapshots.",
        "The migration made the same mistake as the old importer.",
    ],
)
def test_harm_after_system_events_or_recovery_stays_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


def test_a_question_asking_whether_the_person_realised_blocks() -> None:
    assert tier("Did you realise that your merge broke the nightly build?") == "block"


# ------------------------------------------------------------ German


@pytest.mark.parametrize(
    "sentence",
    [
        # Any verb in the past with "die falsche …", a slip as the means, making it worse.
        "Der Techniker steckte das falsche Kabel um.",
        "Eine Kollegin überschrieb durch einen Zahlendreher die Kundendatei.",
        "Dann machte der Admin die Lage noch viel schlimmer.",
        "Sie machte einen folgenschweren Fehler beim Umzug.",
        "Ein Praktikant kippte Kaffee über den Switch.",
        "Der Monteur zerlegte den Server im zweiten Rack.",
        # Idioms of not taking something seriously.
        "Der Entwickler nahm die Warnung auf die leichte Schulter.",
        "Die Kollegen haben die Sache schleifen lassen.",
        # Counterfactuals with an adverbial of care or an expert, breaches of an agreement.
        "Mit etwas mehr Achtsamkeit wäre der Schaden vermeidbar gewesen.",
        "Hätte der Fachmann mal nachgefragt, wäre nichts passiert.",
        "Entgegen der Absprache bauten die Monteure den Schrank um.",
        # Fault stated outright.
        "Die Hauptschuld trägt der Kollege aus der Nachtschicht.",
        "Damit hat er den größten Teil des Ausfalls am Ende selbst verursacht.",
    ],
)
def test_german_blame_beyond_the_cue_lists_blocks(sentence: str) -> None:
    assert tier(sentence, "de") == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        # A run of verb-first clauses shares the subject of the first one.
        "Dann klickte Jana den Hinweis weg, ignorierte die Warnung, drückte die falsche Taste.",
        # After a fronted clause the subject follows the verb.
        "Beim Aufräumen am Abend, löschte der Admin versehentlich das Backup.",
        # "und" after a comma continues the clause before it; "und" between adjectives.
        "Überrascht stand er auf, und schüttete dabei Wasser auf die Steckdose.",
        "Ein müder und gestresster Mitarbeiter zerlegte den Server.",
        # A trait of the person does not explain the situation.
        "Der Admin nahm das Risiko auf die leichte Schulter, wegen seiner langen Erfahrung.",
    ],
)
def test_german_subjects_beyond_the_clause_start_are_found(sentence: str) -> None:
    assert tier(sentence, "de") == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Nachhinein hat der Alarmtext die Leute auf das falsche Subsystem gelenkt.",
        "Das Skript wählte die falsche Region.",
        "Nicht die Kollegin, sondern ein technisches Problem war daran schuld.",
        "Laut Umfrage haben 60 Prozent der Admins schon einmal einen Ausfall verursacht.",
        "Die Aufgabe wurde in kleine Schritte zerlegt.",
        "Er hatte die falsche Version im Kopf, weil das Wiki veraltet war.",
    ],
)
def test_german_look_alikes_stay_clean(sentence: str) -> None:
    assert tier(sentence, "de") in ("clean", "hint")


# ------------------------------------------------------------ negation of the label itself


def test_a_negation_elsewhere_in_the_clause_does_not_clear_a_label() -> None:
    assert tier("No tool can stop operators from doing dumb things at 3 a.m.") == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody was careless here; the form hid the region.",
        "It was not a stupid mistake.",
        "Dana wasn't really sloppy, the runbook was out of date.",
    ],
)
def test_a_negated_label_stays_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


# ------------------------------------------------------------ organisations as culprits


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The hosting company failed to renew the certificate.", "en"),
        ("Die Firma hat die Backups jahrelang vernachlässigt.", "de"),
        ("Viele Konzerne haben ihre Altsysteme vernachlässigt.", "de"),
    ],
)
def test_organisations_named_as_culprits_block(sentence: str, lang: str) -> None:
    assert tier(sentence, lang) == "block"


def test_an_organisation_as_a_neutral_actor_stays_clean() -> None:
    assert tier("The company posted a status update at 10:40.") == "clean"


# ------------------------------------------------------------ reported blame and sanctions: hints


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Airline blames contractor for weekend check-in chaos", "en"),
        ("The utility later said that the cut was caused by a worker in the substation.", "en"),
        ("“Your decision to skip the handover showed poor judgment.", "en"),
        ("Two weeks later the engineer was fired.", "en"),
        ("Someone is going to lose their job over this.", "en"),
        ("Beim Umbau sei ein Fehler gemacht worden, teilte die Stadt mit.", "de"),
        ("Dabei soll es auch zu Fehlern im Stellwerk gekommen sein.", "de"),
        ("Der Techniker wurde fristlos entlassen.", "de"),
        ("Menschen machen nun mal Fehler.", "de"),
    ],
)
def test_reported_blame_and_sanctions_are_quiet_hints(sentence: str, lang: str) -> None:
    assert tier(sentence, lang) == "hint"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The pod was terminated by the scheduler.", "en"),
        ("Nobody blamed the responders for the delay.", "en"),
        ("Der Prozess wurde vom Scheduler beendet.", "de"),
    ],
)
def test_system_terminations_and_negated_blame_stay_clean(sentence: str, lang: str) -> None:
    assert tier(sentence, lang) == "clean"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # ", but" continues the clause before it.
        ("They wanted to restart one node, but then took down the whole cluster.", "en"),
        # A relative clause takes the noun before the comma as its subject.
        ("Es traf einen neuen Kollegen, der aus Versehen die Datenbank gelöscht hat.", "de"),
        # "die falsche …" several words after the verb.
        ("Die Technikerin zog in der Hektik des Abends dann das falsche Kabel.", "de"),
    ],
)
def test_subjects_across_a_comma_are_found(sentence: str, lang: str) -> None:
    assert tier(sentence, lang) == "block"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The operators tried a restart, but the scheduler took down the node again.", "en"),
        ("Es gab einen Cronjob, der aus Versehen die Datenbank gelöscht hat.", "de"),
    ],
)
def test_system_subjects_across_a_comma_stay_clean(sentence: str, lang: str) -> None:
    assert tier(sentence, lang) == "clean"


def test_a_pronoun_failure_to_act_blocks() -> None:
    assert tier("His failure to escalate cost us two hours.") == "block"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Skipping the restore test would count as gross misconduct.", "en"),
        ("“His failure to page the vendor made it worse,” the manager wrote.", "en"),
        ("Am Ende sahen alle im Betrieb den Schuldigen in der Nachtschicht.", "de"),
        ("Spekuliert wurde, ein Praktikant könnte für den Ausfall verantwortlich sein.", "de"),
    ],
)
def test_misconduct_scapegoats_and_speculation_are_quiet_hints(sentence: str, lang: str) -> None:
    assert tier(sentence, lang) == "hint"


def test_a_first_person_plural_fact_about_the_process_stays_clean() -> None:
    assert tier("It was a schema change we did not test against the old clients.") == "clean"
    assert tier("We did not review it, but he never tested it either.") == "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry for the delay, my bad connection dropped the call.",
        "The migration was hasty by design: the window was ten minutes.",
        "The jerk in latency came from the GC pause.",
        "The responders could at least see the error rate on the dashboard.",
        "Their failure to connect was caused by the expired certificate.",
        "The badge system was terminated at midnight as planned.",
        "Service was restored after the engineer rolled back the release.",
        "We shut off all alerts for the maintenance window.",
    ],
)
def test_look_alikes_of_the_new_classes_stay_clean(sentence: str) -> None:
    assert tier(sentence) == "clean"


def test_a_person_acting_on_something_that_was_not_supposed_to_happen_blocks() -> None:
    assert tier("Yesterday you deployed a branch that wasn't supposed to leave staging.") == "block"
    assert tier("The cleanup job deleted files that weren't supposed to be deleted.") == "clean"
