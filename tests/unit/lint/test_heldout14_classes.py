"""Classes of real-text blame, and false alarms, found by the fourteenth held-out set and the
thirteenth document set (issue 16), each run blind once before any change made with it.

Each case pins one class with a real sentence from ``tests/data/lint/real/heldout14_*.tsv``
or a real post-mortem (the source column there names where it was published) and a near
neighbour on the other side of the line.
"""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

# Each case: the real sentence (must block), a near neighbour (must not block).
GERMAN = [
    pytest.param(
        "Im Rahmen einer Bauch-Operation vergaßen die Operateure einen Tupfer im OP-Situs.",
        "Im Rahmen einer Bauch-Operation vergaß das Zählsystem einen Tupfer im OP-Situs.",
        id="ho14-subject-after-a-fronted-prepositional-phrase",
    ),
    pytest.param(
        "Weshalb der Rangierleiter das Zwergsignal ignorierte, konnten die Unfallexperten "
        "nicht feststellen.",
        "Weshalb der Halbleiter das Signal ignorierte, konnten die Experten nicht feststellen.",
        id="ho14-role-by-its-ending",
    ),
    pytest.param(
        "Die Rangierleiterin ignorierte das Zwergsignal.",
        "Die Steuerung ignorierte das Zwergsignal.",
        id="ho14-role-by-its-ending-feminine",
    ),
    pytest.param(
        "Der Gynäkologe (Frauenarzt) hat es schlicht versäumt, ein Bauchtuch vor dem Nähen "
        "herauszuholen und das Tuch ist im Unterleib der Patientin geblieben.",
        "Der Zählautomat (Typ B) hat es versäumt, das Bauchtuch zu melden.",
        id="ho14-subject-across-a-bracketed-aside",
    ),
    pytest.param(
        "Ein Zugverkehrsleiter stellt am Güterbahnhof Winterthur eine Weiche falsch.",
        "Das stellte sich am Güterbahnhof Winterthur als falsch heraus.",
        id="ho14-set-wrong-verb-second",
    ),
    pytest.param(
        "Dabei machte der Elektriker einen folgenschweren fachlichen Fehler, der einem anderen "
        "Handwerker schwere gesundheitliche Schäden zuführte.",
        "Dabei machte der Regler einen folgenschweren numerischen Fehler.",
        id="ho14-a-mistake-with-two-adjectives",
    ),
    pytest.param(
        "Wie kann man denn bei der Landung das Fahrwerk vergessen?",
        "Wie kann man bei der Landung das Fahrwerk prüfen?",
        id="ho14-how-can-one-forget",
    ),
    pytest.param(
        "Der Pilot sank über den Hügeln im Osten des Flughafens bewusst unter die "
        "Mindestflughöhe, der Kopilot hat ihn nicht daran gehindert.",
        "Die Höhenwarnung hat den Sinkflug nicht gehindert.",
        id="ho14-did-not-stop-him",
    ),
    pytest.param(
        "Saß hier etwa Deutschlands dümmster Pilot am Steuer?",
        "Saß hier etwa Deutschlands jüngster Pilot am Steuer?",
        id="ho14-superlative-judgement",
    ),
    pytest.param(
        "Der Professor klickte dann irgendwo drauf.",
        "Der Professor klickte dann auf den Link in der Mail.",
        id="stop25-still-missed-clicked-somewhere",
    ),
    pytest.param(
        "Ein Baggerfahrer hat am Freitagvormittag zwischen 9 und 10 Uhr bei Bauarbeiten an der "
        "A 99 bei Kirchheim wichtige Telekommunikationsleitungen durchtrennt.",
        "Am Freitagvormittag sind zwischen 9 und 10 Uhr bei Bauarbeiten an der A 99 bei "
        "Kirchheim wichtige Telekommunikationsleitungen durchtrennt worden.",
        id="ho13-a-long-way-from-the-verb-to-the-cable",
    ),
    pytest.param(
        "Sie meldete sich dabei aber ohne ihr Funkrufzeichen an – der Fluglotse fragte "
        "seinerseits nicht danach.",
        "Das Funkgerät meldete sich ohne Rufzeichen an, das System fragte nicht danach.",
        id="ho13-verb-second-omission",
    ),
    pytest.param(
        "Dieser Vorfall ist als gravierend zu beurteilen, da die Mitarbeiterin dem eigenen "
        "Arbeitgeber beträchtlichen Schaden zugefügt hat.",
        "Der Sturm hat dem Rechenzentrum beträchtlichen Schaden zugefügt.",
        id="ho12-harm-done-by-a-person",
    ),
]

ENGLISH = [
    pytest.param(
        "Someone who shall remain nameless (and probably jobless) mistakenly entered “rm *” "
        "on the directory with these files.",
        "A cron job (and probably a retry) mistakenly ran “rm *” on the directory.",
        id="ho14-subject-across-a-bracketed-aside",
    ),
    pytest.param(
        "The assistant bo'sun was supposed to shut the door but was asleep in his bunk.",
        "The door was supposed to be shut before the ferry left.",
        id="ho14-maritime-roles",
    ),
    pytest.param(
        "An engineer set the switch wrong.",
        "The script set the flag wrong.",
        id="set-it-wrong",
    ),
    pytest.param(
        "He made a fatal professional mistake.",
        "The compiler made a subtle rounding error.",
        id="a-mistake-with-two-adjectives",
    ),
    pytest.param(
        "Imagine if your company, which survived the downturn in the market in 2008, was shut "
        "down because no one backed up the data which was the bread and butter of your company.",
        "No one backed up because the job was green.",
        id="ho14-no-one-backed-up",
    ),
    pytest.param(
        "On the evening of November 27 1988, an overtired, under-trained technician left a bare "
        "live wire dangling in a relay room at Clapham Junction.",
        "The model was under-trained on German data.",
        id="ho14-a-trait-of-the-person",
    ),
    pytest.param(
        "Fire Kevin or use code review",
        "Fire drills and tabletop exercises help.",
        id="ho14-fire-him",
    ),
    pytest.param(
        "Some intern did .phpp instead of .php",
        "The script deleted the staging bucket instead of the cache.",
        id="ho14-the-wrong-one-of-two-acts",
    ),
    pytest.param(
        "But the employee mistook the form of measurement, confusing won and shares.",
        "But the parser mistook the unit of measurement, confusing won and shares.",
        id="ho13-mistook",
    ),
    pytest.param(
        "The most likely answer is that somebody merged without running BuildAndTest.cmd first :-)",
        "The most likely answer is that the bot merged without running BuildAndTest.cmd first.",
        id="ho3-the-subject-of-a-that-clause",
    ),
    pytest.param(
        "Someone keeps rewriting the history.",
        "The rebase tool keeps rewriting the history.",
        id="ho13-keeps-rewriting-history",
    ),
    pytest.param(
        "If the engineer of train 720 had made an emergency brake application when train 416 "
        "first was clearly visible, the train could have stopped short of the impact point.",
        "If the brakes of train 720 had made an emergency application, the train could have "
        "stopped short of the impact point.",
        id="ho9-a-subject-with-its-of-phrase",
    ),
]

# Each case: a clean real sentence (must not block), and a look-alike that must.
FALSE_ALARMS = [
    pytest.param(
        "The Stability Fee of Vaults A, B and C (ATOM & OSMO ) were supposed to be reduced to "
        "1%, 0.5%, and 0.25%, respectively.",
        "Kevin was supposed to reduce the Stability Fee of Vaults A, B and C.",
        "en",
        id="documents3-passive-infinitive-is-no-duty",
    ),
    pytest.param(
        "Der Halbleiter hat die Spannung nicht gehalten.",
        "Der Bauleiter hat die Leitung übersehen.",
        "de",
        id="a-conductor-is-no-role",
    ),
    pytest.param(
        "Funny how some compilers didn't care at all ...",
        "The mobile team didn't care.",
        "en",
        id="ho14-software-does-not-care",
    ),
    pytest.param(
        "Saying what people should have done doesn’t explain why it made sense for them to do "
        "what they did",
        "People should have known what they were doing.",
        "en",
        id="ho14-speaking-about-counterfactuals",
    ),
    pytest.param(
        "However, since the validation of the block did not check for negative coin values, the "
        "farmers did not realize that their blocks were invalid, and broadcasted them with the "
        "negative coin.",
        "However, the farmers did not check for negative coin values.",
        "en",
        id="documents4-a-subordinate-clause-with-its-own-subject",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), ENGLISH)
def test_english_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour)


@pytest.mark.parametrize(("real", "neighbour"), GERMAN)
def test_german_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_a_clean_real_sentence_does_not_block_and_its_look_alike_does(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
