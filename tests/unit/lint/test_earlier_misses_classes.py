"""Classes of blame missed in the earlier held-out sets, found again among their misses in
sessions 29 and 30 (not blind any more): each real sentence with a near neighbour on the other side.
The sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "It looks like the person publishing this forgot to build before upload to npm.",
        "It looks like the build script forgot to copy the assets.",  # heldout27_en
        "en",
        id="en-looks-like-opens-a-clause",
    ),
    pytest.param(
        "It looks like Dana forgot to renew the certificate.",
        "It looks like the renewal job forgot to renew the certificate.",
        "en",
        id="en-looks-like-a-name",
    ),
    pytest.param(
        "Nobody had checked the obvious things.",  # heldout18_en
        "Nobody had expected the load.",
        "en",
        id="en-nobody-had-checked",
    ),
    pytest.param(
        "The Board believes that the air traffic controllers should have used every means at "
        "their disposal, including radio communication, to warn the aircraft.",  # heldout15_en
        "The Board believes that the radar display should have shown every aircraft.",
        "en",
        id="en-air-traffic-controllers-are-people",
    ),
    pytest.param(
        "The tests did not run because you didn't click the button to approve them!",
        "The tests did not run because the button to approve them was hidden.",  # heldout12_en
        "en",
        id="en-did-not-click",
    ),
    pytest.param(
        "At no time did the engineer take action to reduce from full throttle operation or to "
        "initiate any braking action.",  # heldout23_en (an accident report)
        "At no time did the load balancer take the node out of rotation.",
        "en",
        id="en-at-no-time-did-the-engineer",
    ),
    pytest.param(
        "The pilot nevertheless continued the flight, having flown this route many times in "
        "the past.",  # heldout18_en
        "The service nevertheless continued to serve stale data.",
        "en",
        id="en-nevertheless-continued",
    ),
    pytest.param(
        "The person who sat at the desk didn't bother telling anyone.",  # heldout12_en, abridged
        "The server that sat at the edge didn't bother retrying.",
        "en",
        id="en-who-and-an-intransitive-verb",
    ),
    pytest.param(
        "But obviously at some point he committed some code which broke it, without testing "
        "it himself.",  # heldout21_en, abridged
        "But obviously at some point the bot committed some code which broke it.",
        "en",
        id="en-a-pronoun-after-a-time-phrase",
    ),
    pytest.param(
        "Despite repeated warnings from the company, some employees quickly sold off "
        "approximately 5 million shares.",  # heldout13_en
        "Despite repeated warnings, the disk filled up.",
        "en",
        id="en-despite-repeated-warnings",
    ),
    pytest.param(
        "THE skipper of a scallop dredger was asleep on watch in the wheelhouse when his "
        "vessel ran aground.",  # heldout25_en, abridged
        "THE skipper of a scallop dredger was on watch in the wheelhouse when his vessel ran "
        "aground.",
        "en",
        id="en-asleep-on-watch",
    ),
    pytest.param(
        "Denn ein Mitglied des Hausmeister-Teams, das für die Reinigung der Gebäude zuständig "
        "ist, leistete sich einen folgenschweren Fehler.",  # heldout19_de
        "Denn ein Gerät des Hausmeister-Teams, das für die Reinigung der Gebäude zuständig "
        "ist, leistete sich einen folgenschweren Fehler.",
        "de",
        id="de-sich-einen-fehler-leisten-after-a-relative-clause",
    ),
    pytest.param(
        "Der Risikofaktor war in allen Fällen der Mensch, Sicherungsposten und "
        "Stellwerksbeamte machten Fehler.",  # heldout18_de
        "Der Risikofaktor war in allen Fällen die Technik, die Rechner machten Fehler.",
        "de",
        id="de-machten-fehler",
    ),
    pytest.param(
        "30 Prozent der Kosten muss der Arbeitgeber selbst tragen, da er es unterlassen "
        "hatte, Sicherungskopien zu erstellen.",  # heldout9_de, abridged
        "30 Prozent der Kosten muss der Arbeitgeber selbst tragen, da er es versichert hatte.",
        "de",
        id="de-es-unterlassen-hatte",
    ),
    pytest.param(
        "Ich habe euch sogar Anleitungen geschrieben und ihr bekommt das nicht mal auf die "
        "Reihe diese Fehler zu beheben.",  # heldout16_de, abridged
        "Ich habe euch sogar Anleitungen geschrieben und ihr bekommt das nicht mal in die Hand.",
        "de",
        id="de-nicht-auf-die-reihe",
    ),
    pytest.param(
        "Runnymede Borough Council has come under fire after a member of staff accidentally "
        "emailed personal information to a member of the public.",  # heldout35_en
        "Runnymede Borough Council has come under fire after a member of staff reported that "
        "the mail system emailed personal information to a member of the public.",
        "en",
        id="en-after-opens-a-clause",
    ),
    pytest.param(
        "A machine operator was crushed because his employer, BRT Extrusions Inc., failed to "
        "ensure the machine's power was fully off.",  # heldout35_en, abridged
        "A machine operator was crushed because the interlock, a BRT Extrusions part, failed "
        "to ensure the machine's power was fully off.",
        "en",
        id="en-company-suffix-is-a-team",
    ),
    pytest.param(
        "The third party wiped out the database powering their entire product.",  # heldout12_en
        "This is how we avoided fraud where malicious third parties could have done the same "
        "action.",  # documents4: an imagined attacker
        "en",
        id="en-third-party-is-a-party",
    ),
    pytest.param(
        "Beim Betreten übersah er einen von rechts kommenden Gabelstapler und wurde "
        "angefahren.",  # heldout24_de
        "Beim Betreten übersah er keinen Gabelstapler, denn die Ampel stand auf Rot.",
        "de",
        id="de-fronted-phrase-then-verb-then-pronoun",
    ),
    pytest.param(
        "It is most likely that the pilot failed to properly install the left-wing fuel cap "
        "after refueling the airplane, which resulted in loss of engine power due to fuel "
        "exhaustion in-flight.",  # heldout25_en, abridged: the cause is the harm's
        "It is most likely that the pilot failed to properly install the left-wing fuel cap "
        "because the cap's latch was bent, which resulted in loss of engine power.",
        "en",
        id="en-a-cause-inside-the-harm-explains-nothing",
    ),
    pytest.param(
        "The outage was caused when the building electricians accidently tripped the main "
        "panel breaker while removing the panel cover for further investigation into why the "
        "breaker failed yesterday.",  # heldout32_en
        "The outage was caused when the building electricians accidently tripped the main "
        "panel breaker while the panel cover was being removed by the vendor.",
        "en",
        id="en-while-and-a-participle-is-when-not-why",
    ),
    pytest.param(
        "Unser Anbieter hat das durchgewunken.",  # heldout25_de: "unser" hires, not owns
        "Unser Team hat das durchgewunken.",  # the writers' own side: a quiet hint
        "de",
        id="de-unser-anbieter-is-another-party",
    ),
    pytest.param(
        "Our ISP botched the migration.",
        "Our team botched the migration.",
        "en",
        id="en-our-isp-is-another-party",
    ),
    pytest.param(
        "Mir scheint, der Pilot war bei diesem Wetter entweder überfordert oder aber bodenlos "
        "leichtsinnig.",  # heldout20_de, abridged: the pilot, not the writer, is judged
        "Mir scheint, ich war bei diesem Wetter entweder überfordert oder aber bodenlos "
        "leichtsinnig.",  # the writer's own admission: a quiet hint
        "de",
        id="de-mir-scheint-der-pilot-war",
    ),
    pytest.param(
        "I think a crew was working and cut the cable.",  # heldout15_en
        "I think we were working late and cut the cable.",  # the writers' own: a hint
        "en",
        id="en-i-think-a-crew-did",
    ),
    pytest.param(
        "I have read the actions taken to override and in my estimation the behavior was "
        "reckless.",  # heldout12_en, abridged: the writer's view, someone else's deed
        "In my opinion, I was reckless.",  # the writer's own admission: a hint
        "en",
        id="en-in-my-estimation-is-a-view",
    ),
    pytest.param(
        "The skipper of the fishing trawler left his position in the wheelhouse prior to the "
        "collision.",  # heldout15_en
        "The skipper of the fishing trawler kept his position in the wheelhouse prior to the "
        "collision.",
        "en",
        id="en-left-his-position-before",
    ),
    pytest.param(
        "The guy never made any documentation for the whole network.",  # heldout17_en, abridged
        "The tool never made any documentation for the whole network.",
        "en",
        id="en-never-made-any-documentation",
    ),
    pytest.param(
        "This team member has a habit of making breaking changes, without much thought.",
        "This tool has a way of making breaking changes visible, without much thought.",
        "en",  # heldout21_en, abridged
        id="en-has-a-habit-of",
    ),
    pytest.param(
        "The issue is that the other guy regularly commits code into SVN that doesn't actually "
        "work!",  # heldout21_en
        "The issue is that the other tool regularly commits code into SVN that doesn't actually "
        "work!",
        "en",
        id="en-commits-code-that-does-not-work",
    ),
    pytest.param(
        "Dilettante dev wrote rubbish, left no logs, and had no idea why his app wasn't "
        "working.",  # heldout24_en
        "Senior dev wrote notes, left no logs, and had no idea why his app wasn't working.",
        "en",
        id="en-dilettante",
    ),
    pytest.param(
        "The server went off after a team member had overridden the config file.",
        "The server went off after the deploy had overridden the config file.",
        "en",  # heldout15_en, without its timestamp (a timeline line is left alone)
        id="en-went-off-after-someone-had-overridden",
    ),
    pytest.param(
        "Einem untergeordneten Mitarbeiter der Devisenabteilung unterlief ein "
        '"fat-finger-Fehler", er tippte zu viele Nullen ein.',  # heldout10_de
        "Einem untergeordneten Mitarbeiter der Devisenabteilung fiel ein "
        '"fat-finger-Fehler" auf, er meldete ihn sofort.',
        "de",
        id="de-unterlief-ein-quoted-fehler",
    ),
    pytest.param(
        "Der Lkw-Fahrer hatte den Sattelauflieger zu nah am Gleis abgestellt.",  # heldout19_de
        "Der Lkw-Fahrer hatte den Sattelauflieger am Gleis abgestellt.",
        "de",
        id="de-zu-nah-abgestellt",
    ),
    pytest.param(
        "Der Monteur muss sich vermessen haben.",  # heldout23_de, abridged
        "Der Monteur muss das Rohr vermessen haben.",
        "de",
        id="de-sich-vermessen",
    ),
    pytest.param(
        "Ein paar EON-Techniker haben an ein paar Kabeln rumgeschraubt, es gab einen "
        "Kurzschluss.",  # heldout23_de
        "Ein paar EON-Techniker haben an ein paar Kabeln gemessen, es gab einen Kurzschluss.",
        "de",
        id="de-rumgeschraubt",
    ),
    pytest.param(
        "Weil ein Hausmeister genervt war, schaltete er ein Kühlsystem ab - und vernichtete so "
        "jahrzehntelange Forschungsergebnisse.",  # heldout19_de, abridged
        "Weil ein Hausmeister genervt war, schaltete er ein Kühlsystem ab - und sicherte so "
        "jahrzehntelange Forschungsergebnisse.",
        "de",
        id="de-vernichtete-so",
    ),
    pytest.param(
        "Der Kfz-Meister war sich der Feuergefahr bewusst.",  # heldout23_de
        "Der Kfz-Meister war sich der Uhrzeit bewusst.",
        "de",
        id="de-war-sich-der-gefahr-bewusst",
    ),
    pytest.param(
        "Der Pilot hatte das Fahrwerk des Leichtfliegers nicht ausgefahren.",  # heldout14_de
        "Das Fahrwerk des Leichtfliegers war nicht ausgefahren, weil die Hydraulik klemmte.",
        "de",
        id="de-nicht-ausgefahren",
    ),
    pytest.param(
        "Am nächsten Tag kam die Tourenschwester, bemerkte das etwas komisch sei mit den "
        "Medikamenten, änderte aber nix.",  # heldout24_de
        "Am nächsten Tag kam das Update, meldete das etwas komisch sei mit den Medikamenten, "
        "änderte aber nix.",
        "de",
        id="de-aenderte-aber-nix",
    ),
    pytest.param(
        "Zwei Leitungen des Umspannwerks an der Heidenauer Straße in Dresden durchtrennten die "
        "Männer.",  # heldout23_de: the object first, the doers after the verb
        "Zwei Leitungen des Umspannwerks an der Heidenauer Straße in Dresden durchtrennte der "
        "Blitzeinschlag.",
        "de",
        id="de-object-first-cut-by-the-men",
    ),
    pytest.param(
        "Die Leitungen wurden nach der Reparatur ganz offensichtlich von den ausführenden "
        "Firmen nicht wieder in jene Tiefe gebracht.",  # heldout11_de, abridged
        "Die Daten wurden nach der Reparatur von der Replikation nicht wieder in jene Tabelle "
        "gebracht.",
        "de",
        id="de-passive-with-von-doer-nicht",
    ),
]

FALSE_ALARMS = [
    pytest.param(
        "- The large query was caused by the removal of the Developers role resulting in 80k "
        "users needing updating.",  # documents14: a change named as a noun
        "- The large query was caused by the Developers resulting in 80k users needing updating.",
        "en",
        id="en-caused-by-the-removal-of",
    ),
    pytest.param(
        "Remediation work could have begun much sooner if the reporting individual had a "
        "direct line to the Lab development team.",  # documents17: what someone had
        "Remediation work could have begun much sooner if the reporting individual had "
        "called the Lab development team.",
        "en",
        id="en-if-someone-had-a",
    ),
    pytest.param(
        "In the ticket she said she spilled coffee in her laptop and then tried to dry it.",
        "In the ticket the admin spilled coffee in her laptop and then tried to dry it.",
        "en",  # heldout24_en: the person's own account, reported
        id="en-she-said-she",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        # documents18 (ESLint's v9 retrospective): a crowd opens the clause; "Discord" in the
        # phrase after the verb is no subject.
        "Many users sought help in Discord or GitHub without reading the docs first.",
        # documents5 (EDGI): a clean-up step in the timeline, no harm told.
        "@jsnshrmn forcefully deleted all remaining pods.",
    ],
)
def test_post_mortem_sentences_that_blame_no_one_do_not_block(sentence: str) -> None:
    assert not blocks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # documents15 (UNIVAF): a time told by who was around, no one's failure.
        "It took us 9 hours to resolve a problem (even including a few hours for it to simmer "
        "in the wee hours when nobody was awake).",
        # documents20 (Artsy's guide): advice about how people blame, not blame.
        "One of the worst things to see is when a senior manager replies back pointing an "
        "individual who made a mistake.",
        # documents18 (ESLint): advice to a whole trade, not a remedy aimed at the reviewed.
        "* Package maintainers should be careful with using any services that auto-merge "
        "dependency upgrades.",
    ],
)
def test_post_mortem_sentences_about_time_or_blaming_do_not_block(sentence: str) -> None:
    assert not blocks(sentence)


def test_telling_the_reviewed_people_to_be_careful_still_blocks() -> None:
    assert blocks("Engineers should be more careful.")
