"""Classes of real-text blame, and false alarms, found by the fifth to twelfth held-out
sets (issue 16), each run blind once before any change made with it, and a few left over
from the earlier sets.

Each case pins one class with a real sentence from ``tests/data/lint/real/heldoutN_*.tsv``
(the id names the set; the source column there names where it was published) and a near
neighbour on the other side of the line.
"""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

# Each case: the real sentence (must block), a near neighbour (must not block).
ENGLISH = [
    pytest.param(
        'looks like our "agile" dev process just resulted in a 4 hour downtime because '
        "someone thought it was a good idea to push untested code to prod.",
        "The scheduler decided it would be a good idea to retry, and the retries piled up.",
        id="ho5-sarcasm-good-idea",
    ),
    pytest.param(
        "This is by all coincidence, also my bosses son and he was obviously covering his "
        "sons ass.",
        "The patch covers its tracks in the audit log by design.",
        id="ho5-covering-ones-own",
    ),
    pytest.param(
        "There are ignorant people in all industries.",
        "The client was ignorant of the new schema.",
        id="ho5-ignorant-people",
    ),
    pytest.param(
        'I\'ll do my "best" to try to maintain the functionality you added, but at the end '
        "of the day, the burden of fixing that bug is on you.",
        "The burden is on the caller to retry.",
        id="ho5-burden-is-on-you",
    ),
    pytest.param(
        "I have great trust in radare and it's future, so please don't mess up the repo "
        "again with a force push.",
        "I messed up the repo again with a force push.",
        id="ho5-request-after-the-writers-i",
    ),
    pytest.param(
        "The problem was that resync didn't work the way anyone on the team thought it did "
        "and the director didn't give enough time for it to be effective.",
        "The scheduler did not give enough time for the drain.",
        id="ho5-did-not-give-enough-time",
    ),
    pytest.param(
        "Or did the boss/manager not keep tabs on what was happening within their purview?",
        "Did the alert not fire in staging?",
        id="ho5-negated-question-about-a-person",
    ),
    pytest.param(
        "NEVER do a force push and this won't happen.",
        "Never force-push to a shared branch; the server rejects it.",
        id="ho5-never-x-and-this-wont-happen",
    ),
    pytest.param(
        "@Mihir3009 looks like your PR #34 was not properly tested and our main branch is "
        "failing the test.",
        "The PR was not tested on Windows because CI has no Windows runner.",
        id="ho5-your-pr-not-tested",
    ),
    pytest.param(
        "Probably breaks a few things, but blame Bay for that.",
        "Blame the config, not the people.",
        id="ho6-blame-a-person-for",
    ),
    pytest.param(
        "Today we pray for the poor bloke who caused Telstra's nationwide outage.",
        "A faulty node caused Telstra's nationwide outage.",
        id="ho6-bloke-who-caused-the-outage",
    ),
    pytest.param(
        "This outage was caused by the deletion of the whole database by a new intern who's "
        "still learning how to code.",
        "This outage was caused by the deletion of the whole database by a cleanup job.",
        id="ho6-deed-as-a-noun-with-its-doer",
    ),
    pytest.param(
        "Cursing his foolishness, Steven fought mild panic and tried to bring the box back "
        "to life, without success.",
        "Steven fought mild panic and tried to bring the box back to life, without success.",
        id="ho6-foolishness",
    ),
    pytest.param(
        "The hapless wire-scrapper then proceeded to make matters worse, by trying to fix "
        "the mess himself.",
        "The retry storm made matters worse.",
        id="ho6-hapless-and-made-matters-worse",
    ),
    pytest.param(
        'The "fault" wasn\'t so much a fault, apparently, as a complete farce, when someone '
        "working inside Telecity started pulling plugs.",
        "The breaker tripped and the racks lost power.",
        id="ho6-pulling-plugs",
    ),
    pytest.param(
        "How is it even possible that someone deletes the production database?",
        "How is it possible that the cache returns stale data?",
        id="ho6-how-is-it-possible-that-someone",
    ),
    pytest.param(
        'In 2008, a Metrolink commuter train engineer caused a wreck considered "the '
        'nation’s deadliest rail disaster in 15 years" when he ran a stop signal in Los '
        "Angeles and collided with a freight train.",
        "A faulty relay caused a fire in the substation.",
        id="ho7-person-caused-a-wreck",
    ),
    pytest.param(
        "Based on an initial analysis, a mixture of human and process error were to blame.",
        "Human and machine errors are both logged.",
        id="ho7-human-and-process-error",
    ),
    pytest.param(
        "A network admin locked everyone out of a series of network devices which cause a "
        "lot of grief to try and regain control.",
        "The firewall rule locked everyone out of the bastion host.",
        id="ho7-locked-everyone-out",
    ),
    pytest.param(
        "@tarcieri - 10 tests were broken by your commit (@18a125e).",
        "10 tests were broken by the dependency update.",
        id="ho7-broken-by-your-commit",
    ),
    pytest.param(
        "During the incident response, it was discovered that a junior developer, Leo, had "
        "run a database cleaning script in the production console instead of the staging "
        "console.",
        "The deploy job ran against production instead of staging because the variable was unset.",
        id="ho8-production-instead-of-staging",
    ),
    pytest.param(
        "- Engineer executed wrong command in production envoirnment.",
        "* [17:59] @krzyzacy cleaned up all wrong pods and prowjobs again, and confirmed Prow "
        "is healthy.",
        id="ho8-executed-wrong-command",
    ),
    pytest.param(
        "- The root cause of this incident was a engineer-driven configuration error",
        "- The root cause of this incident was a configuration error",
        id="ho8-engineer-driven-error",
    ),
    pytest.param(
        "how did you review this PR in 10s ? :D",
        "How did you find the leak?",
        id="ho8-how-did-you-review",
    ),
    pytest.param(
        "It was because someone on the security team added a firewall rule to prod.",
        "It happened because the engineer had no access to the console.",
        id="ho8-a-persons-act-as-the-whole-cause",
    ),
    pytest.param(
        "Non-IT Worker Destroys Data Just For Funsies",
        "The upgrade corrupted the database.",
        id="ho7-person-destroys-data",
    ),
    pytest.param(
        "A Dallas facility was left without internet services after a construction crew "
        "accidentally cut through a fiber line.",
        "A Dallas facility was left without internet services after the crew restored the "
        "fiber line.",
        id="ho7-a-work-crew-is-people",
    ),
    pytest.param(
        "@loveithateit it looks like you broke the build in: "
        "https://github.com/EFForg/https-everywhere/commit/82bbe2a",
        "It looks like the cache broke the build.",
        id="ho9-looks-like-you-broke",
    ),
    pytest.param(
        "On 2021-08-03 2:35pm PST, one of our engineers made a bad database migration that "
        "caused discrepancies between the indexed data and the source of truth in the database.",
        "We made a bad database migration.",
        id="ho9-one-of-our-engineers-is-not-the-writer",
    ),
    pytest.param(
        "JACKSON - A contractor installing an underground telephone cable in the Bent Creek "
        "subdivision accidently slashed an underground 12.5 kilovolt electrical distribution "
        "cable Tuesday afternoon.",
        "The saw accidently slashed the cable jacket during the test.",
        id="ho9-accidently",
    ),
    pytest.param(
        "While they lack competence, they thrive in lack of dedication.",
        "The on-call engineer lacked experience with the new cluster.",
        id="ho9-lack-competence",
    ),
    pytest.param(
        "He even managed to hit both of the redundant power supplies for each rack.",
        "The canary managed to catch the regression.",
        id="ho6-managed-to-hit",
    ),
    pytest.param(
        "It is estimated 700 GB of data was lost when a a senior engineer mistook the "
        "management interface of a live email server for that of a backup server, and erased "
        "all the data on the wrong one.",
        "Data was lost when the primary failed over.",
        id="ho4-data-lost-when-a-person-acted",
    ),
    pytest.param(
        "Yikes he self-merged it.",
        "The bot merged it after the checks passed.",
        id="ho3-self-merged",
    ),
    pytest.param(
        "Someone force pushed to remove that commit,  which is bad enough, but then after "
        'several hours they force pushed **again**, to "undo" that mistake.',
        "The bot force-pushes to the release branch after each tag.",
        id="ho5-force-pushed-to-remove",
    ),
    pytest.param(
        "Disgraced Equifax CEO blames 145.5 million-record breach on a single forgetful flunky",
        "The company blamed the outage on a power surge.",
        id="ho10-blames-breach-on-a-person",
    ),
    pytest.param(
        "Just noticed people are pushing directly to master without going through PRs.",
        "The CI job pushes directly to the release branch.",
        id="ho10-pushing-directly-to-master",
    ),
    pytest.param(
        "However, yesterday one of these hardworking individuals unplugged a server so he "
        "could plug in his drill.",
        "The failover script unplugged the server from the pool.",
        id="ho10-unplugged-a-server",
    ),
    pytest.param(
        "Likewise, one of the apprentices was told to turn off the electricity in the "
        "electrical engineering production hall, he turned off the power for the entire "
        "premises!",
        "The breaker turned off the power for the entire premises.",
        id="ho10-turned-off-the-power-for-the-whole",
    ),
    pytest.param(
        "The contract personnel’s mistake made while synchronizing databases affected an "
        "estimated 4,000 flights.",
        "The sync job's mistake affected an estimated 4,000 flights.",
        id="ho10-personnel-are-people",
    ),
    pytest.param(
        "You just messed this up so badly, that even just releasing your current git is an "
        "improvement.",
        "The migration messed the indexes up.",
        id="ho11-messed-this-up",
    ),
    pytest.param(
        "Seems like you force pushed and lost a commit",
        "Seems like the bot force pushed a rebased branch.",
        id="ho11-force-pushed-and-lost",
    ),
    pytest.param(
        "The captain’s failure to adequately brief and execute the nonprecision approach and "
        "the first officer’s and flight engineer’s failure to effectively monitor and "
        "cross-check the captain’s execution of the approach were causal.",
        "The pump’s failure to restart left the tank empty.",
        id="ho11-a-persons-failure-to",
    ),
    pytest.param(
        "This is incredibly childish.",
        "The technology is still immature.",
        id="ho11-childish",
    ),
    pytest.param(
        "For the past 3 years, IT has managed to break our systems fairly regularly on a "
        "monthly schedule.",
        "WHY IT FAILED TO START",
        id="ho9-it-department-managed-to-break",
    ),
    pytest.param(
        "Apparently, a nurse anesthetist noticed the error during the case and spoke up, but the "
        "surgeon didn't stop.",
        "Apparently, the monitor noticed the error during the case, but the pump didn't stop.",
        id="ho12-clinical-roles-are-people",
    ),
]

GERMAN = [
    pytest.param(
        "Großer Stromausfall in Stuttgart! Fehler eines Mitarbeiters war schuld",
        "Ein Fehler des neuen Load Balancers führte zum Ausfall.",
        id="ho5-fehler-eines-mitarbeiters",
    ),
    pytest.param(
        "Um 10.03 Uhr unterläuft einem erfahrenen Mitarbeiter des Netzbetreibers Stuttgart "
        "Netze in einem Umspannwerk ein kleiner Fehler, vereinfacht gesagt: Er drückt einen "
        "falschen Knopf.",
        "Im Rahmen eines Updates ist uns ein Fehler unterlaufen.",
        id="ho5-einem-mitarbeiter-unterlaeuft-ein-fehler",
    ),
    pytest.param(
        "Er drückt einen falschen Knopf.",
        "Der Schalter meldet einen falschen Zustand.",
        id="ho5-drueckt-den-falschen-knopf",
    ),
    pytest.param(
        "Dieser Typ war mit Abstand der Schlechteste.",
        "Der Server war mit Abstand der Schlechteste im Benchmark.",
        id="ho5-der-schlechteste",
    ),
    pytest.param(
        "Warum benutzt er denn einen Tintenstrahldrucker?",
        "Warum meldet der Server einen Fehler?",
        id="ho5-warum-vollverb-person",
    ),
    pytest.param(
        "Wieso trägt der Kollege die Papiere auch selbst in Papierform zur Buchhaltung und "
        "schickt sie nicht per E-Mail oder direkt aus der Software für die "
        "Reisekostenerfassung?",
        "Warum fiel der Strom aus?",
        id="ho5-wieso-vollverb-kollege",
    ),
    pytest.param(
        "Da muss wohl jemand den Stecker gezogen haben.",
        "Wir haben den Stecker gezogen, um den Server neu zu starten.",
        id="ho6-den-stecker-gezogen",
    ),
    pytest.param(
        "Dieser grundlegende Programmierfehler hätte bei sorgfältigen Tests entdeckt werden "
        "müssen.",
        "Mit einem Canary hätte der Fehler entdeckt werden können.",
        id="ho6-haette-entdeckt-werden-muessen",
    ),
    pytest.param(
        "Es war ein gestandener Software-Techniker von Amazons Cloud-Tochter AWS, der "
        "offenbar lediglich durch eine kleine, unachtsame Fehleingabe den Ausfall der "
        "AWS-Serverinfrastruktur an der Ostküste Amerikas bewirkte.",
        "Eine Fehleingabe im Skript legte die Serverinfrastruktur an der Ostküste lahm.",
        id="ho6-unachtsam",
    ),
    pytest.param(
        "Auf den Architekten, der offensichtlich auf dem Plan die Telekom-Anlagen übersehen "
        "hat, kommen hohe Schadensanforderungen zu.",
        "Das Skript, das offensichtlich die Dateien gelöscht hat, lief nachts.",
        id="ho6-relative-clause-after-an-adverb",
    ),
    pytest.param(
        "Wie kann es überhaupt sein, dass jemand beim Eintippen von Belegen einfach so "
        'einschläft, dabei auf einer Taste "hängen" bleibt und die gesamte Eingabe dann am '
        "Ende auch noch bestätigt?",
        "Wie kann es sein, dass der Server einfach neu startet?",
        id="ho6-wie-kann-es-sein-dass-jemand",
    ),
    pytest.param(
        "Ein ITler bei KPMG hat sich verklickt.",
        "Der Bot hat den falschen Kanal gewählt.",
        id="ho7-verklickt",
    ),
    pytest.param(
        "Welt : Lokführer überfuhr rotes Haltesignal",
        "Der Zug überfuhr die Weiche mit Schrittgeschwindigkeit.",
        id="ho7-ueberfuhr-rotes-signal",
    ),
    pytest.param(
        "Er setzte Sicherheitstechnik außer Funktion.",
        "Wir haben den Server außer Betrieb gesetzt.",
        id="ho7-sicherheitstechnik-ausser-funktion",
    ),
    pytest.param(
        "Zugunglück Fahrdienstleiter ließ sich offenbar auch während der Notrufe vom Handy "
        "ablenken",
        "Der Alarm ging während der Notrufe unter.",
        id="ho7-liess-sich-ablenken",
    ),
    pytest.param(
        "Programmiererfehler",
        "Programmierfehler",
        id="ho7-programmiererfehler",
    ),
    pytest.param(
        "Jetzt läuft sie wieder – und demonstriert mal wieder administratives Versagen.",
        "Jetzt läuft sie wieder.",
        id="ho7-administratives-versagen",
    ),
    pytest.param(
        "Aber offenkundig hat das Personal, das in Deutschland die Bahn lenkt, genau davon "
        "keine Ahnung mehr.",
        "Wir hatten keine Ahnung, wo die Pakete landeten.",
        id="ho7-keine-ahnung",
    ),
    pytest.param(
        "Bad Aibling - Staatsanwalt macht Fahrdienstleiter für Zugunglück verantwortlich",
        "Der Vorstand macht den Stromausfall für die Verluste verantwortlich.",
        id="ho7-macht-person-verantwortlich",
    ),
    pytest.param(
        "Bad Aibling - Nach Erkenntnissen der Ermittler gab der zuständige Fahrdienstleiter "
        "im Stellwerk in Bad Aibling ein Sondersignal - und verursachte somit das Zugunglück.",
        "Ein defekter Schalter verursachte das Zugunglück.",
        id="ho7-person-verursachte-unglueck",
    ),
    pytest.param(
        "Die Unfallursache scheint daher festzustehen: Der Lokführer Richard Z. hat bei der "
        "Ausfahrt aus dem Bahnhof Ebenhausen-Schäftlarn ein „Halt“ zeigendes Ausfahrsignal "
        "überfahren.",
        "Der Zug hat ein rotes Signal überfahren, weil die Bremsen versagten.",
        id="ho7-signal-ueberfahren-verb-last",
    ),
    pytest.param(
        "Ein Techniker hat mit einem simplen Befehl das Backbone-Netz abgeschaltet, eine "
        "Software hat es nicht verhindert.",
        "Der Netzbetreiber hat das Festnetz in der Nacht planmäßig abgeschaltet.",
        id="ho6-person-schaltet-netz-ab",
    ),
    pytest.param(
        "Irgendwo hat die Sorgfaltspflicht des Fahrdienstleiters gelitten",
        "Die Sorgfaltspflicht des Betreibers ist im Vertrag geregelt.",
        id="ho7-sorgfaltspflicht-einer-person",
    ),
    pytest.param(
        "Der 62-Jährige hat ein Haltesignal übersehen.",
        "Für den 62-Jährigen war es der letzte Arbeitstag.",
        id="ho5-person-named-by-age",
    ),
    pytest.param(
        "Ein Mitarbeiter in einem Umspannwerk der Stuttgart Netze hat den kurzen "
        "0,06-Sekunden-Stromausfall in der Landeshauptstadt ausgelöst.",
        "Ein defektes Relais hat den Stromausfall ausgelöst.",
        id="ho9-person-loest-ausfall-aus",
    ),
    pytest.param(
        "Ein Baggerfahrer hat am Montag im Gautinger Ortsteil Königswiesen mit dem Arm seines "
        "schweren Baufahrzeugs eine Stromleitung vom Mast gerissen.",
        "Bei Tiefbauarbeiten zwischen Augustdorf und Bielefeld wurde ein Glasfaserkabel "
        "beschädigt.",
        id="ho9-person-beschaedigt-leitung",
    ),
    pytest.param(
        "Dem Azubi war offenbar nicht mehr bewusst, dass er gegen ausdrückliche Anweisung "
        "gehandelt hat, das behauptet er zumindest.",
        "Der Dienst hat gegen die Drosselung gehandelt.",
        id="ho9-gegen-anweisung-gehandelt",
    ),
    pytest.param(
        "Die Cockpitcrew hat vergessen, beim Start die Landeklappen auszufahren.",
        "Der Autopilot hat vergessen, die Landeklappen auszufahren.",
        id="ho9-cockpitcrew-ist-eine-person",
    ),
    pytest.param(
        "Spätestens nach den Ereignissen dieser Woche weis ich aber, beim Webhosting-Support "
        "arbeiten keine Profis.",
        "Beim Webhosting-Support arbeiten seit Montag zwei neue Kollegen.",
        id="ho9-keine-profis",
    ),
    pytest.param(
        "Im Klartext: Der Entwickler überspeicherte die Daten der Produktionsabteilung mit "
        "seinen eigenen.",
        "Das Skript überschrieb die Produktionsdaten.",
        id="dev-ueberspeicherte-daten",
    ),
    pytest.param(
        "Pustekuchen, der eifrige Werktätige hatte im selben Arbeitsgang gleich noch das "
        "Ersatzkabel gekappt, das praktischerweise gleich daneben verlegt war.",
        "Bei Tiefbauarbeiten wurde das Ersatzkabel gekappt.",
        id="ho4-werktaetiger-kappt-kabel",
    ),
    pytest.param(
        "Weil ein Mitarbeiter einen simplen Fehler beging.",
        "Weil der Parser einen simplen Fehler beging.",
        id="ho10-fehler-beging",
    ),
    pytest.param(
        "Der Fehler entstand, weil eine Mitarbeiterin des Rechenzentrums die E-Mail-Adressen "
        "irrtümlich in das Feld „Cc“ statt in das Feld „Bcc“ eingetragen hatte.",
        "Der Fehler entstand, weil das Skript die E-Mail-Adressen irrtümlich in das Feld „Cc“ "
        "eingetragen hatte.",
        id="ho10-irrtuemlich-eingetragen",
    ),
    pytest.param(
        "Einem untergeordneten Mitarbeiter der Devisenabteilung unterlief ein Fehler, er tippte "
        "zu viele Nullen ein.",
        "Dem Server unterlief ein Fehler.",
        id="ho10-einem-mitarbeiter-unterlief",
    ),
    pytest.param(
        "Flugzeugabsturz im Bodensee: Pilotenfehler war die Ursache",
        "Flugzeugabsturz im Bodensee: ein Triebwerksfehler war die Ursache",
        id="ho11-pilotenfehler",
    ),
    pytest.param(
        "Bei Umbauarbeiten in einem Umspannwerk hatte der Mann das falsche Kabelrohr durchtrennt.",
        "Bei Umbauarbeiten wurde das falsche Kabelrohr durchtrennt.",
        id="ho11-der-mann-ist-eine-person",
    ),
    pytest.param(
        "Nachdem mein Nachbar mir im März die Leitung gekappt hat (in dessen Folge auch der "
        "Router abgeraucht ist), jetzt also quasi Blackout in der Straße.",
        "Ich habe mir im März die Leitung gekappt.",
        id="ho11-the-writer-as-object",
    ),
    pytest.param(
        "Leider versäumte es die Azubine, den Widerspruch abzuschicken, da sie mit dem üblichen "
        "Stress des Ausbildungsalltags beschäftigt war.",
        "Leider versäumte es das Skript, die Datei zu schließen.",
        id="ho9-versaeumte-es-die-person",
    ),
    pytest.param(
        "Der Chefeinkäufer unserer Firma hat den Fehler gemacht, sich von einem gewieften "
        "Verkäufer eines nicht weiter namentlich zu nennenden Netzanbieters, genau dazu "
        "überreden zu lassen.",
        "Wir haben in unserer Firma den Fehler gemacht, uns überreden zu lassen.",
        id="ho8-the-writers-firm-is-not-the-doer",
    ),
    pytest.param(
        "Eigentlich Routine, doch der 32-jährigen Apothekerin unterlief ein schwerer Fehler.",
        "Eigentlich Routine, doch dem Dosierautomaten unterlief ein schwerer Fehler.",
        id="ho12-apothekerin-unterlief-ein-fehler",
    ),
    pytest.param(
        "Admin Werle sollte zu seinem Fehlverhalten (Falschbeurteilung eines Vorganges) stehen.",
        "Das war keineswegs sein Fehler, sondern ein Konstruktionsmangel.",
        id="ho12-sein-fehlverhalten",
    ),
]

# Real sentences labelled clean that blocked blind, each with a look-alike that must block.
FALSE_ALARMS = [
    pytest.param(
        "After a routine `apt upgrade` and reboot, SILO/LAPIS and V-Pipe Scout failed to "
        "auto-restart.",
        "Kevin failed to restart the service.",
        "en",
        id="ho12-software-fails-to-restart",
    ),
    pytest.param(
        "Einem älteren Patienten werden versehentlich 50 statt 5 Milligramm Bisoprolol verordnet.",
        "Die Ärztin verordnet versehentlich 50 statt 5 Milligramm.",
        "de",
        id="ho12-passive-versehentlich",
    ),
    pytest.param(
        "Problem is that the datablocks code was processing the spec line-by-line, so if you had "
        "a multi-line tag (such as, for example, having a newline in an attribute value), the "
        "parser would complain that it hit EOF without the tag being closed.",
        "If Dana had checked the dashboard, the outage would have been avoided.",
        "en",
        id="ho10-if-you-had-a-tag",
    ),
    pytest.param(
        "In these kinds of situations, should we get a consensus around which commit to "
        "restore master to, or should someone just do it since the longer master is borked the "
        "more everyone else is screwed up?",
        "Kevin screwed up the release.",
        "en",
        id="ho10-everyone-else-is-screwed",
    ),
    pytest.param(
        "Menschliche Fehler alleine sind aber nicht das Problem, sondern immer auch Symptome "
        "für tieferliegende Probleme und Ursachen im System.",
        "Ursache: menschliches Versagen.",
        "de",
        id="ho9-human-error-discussed-as-symptom",
    ),
    pytest.param(
        "Ein Fehler eines Mitarbeiters ist nie die Hauptursache eines Vorfalls.",
        "Der Ausfall war die Folge eines Fehlers eines Mitarbeiters.",
        "de",
        id="ho9-never-the-main-cause",
    ),
    pytest.param(
        "I knew that it wasn't my fault, or anyone's fault for that matter, and no one was "
        "blaming me either.",
        "It was entirely Sofia's fault.",
        "en",
        id="ho6-anyones-fault-is-no-ones",
    ),
    pytest.param(
        "A repair crew was expected to work through the night to excavate and fix the damaged "
        "cables.",
        "The crew was supposed to drain the node before rebooting it.",
        "en",
        id="ho9-a-plan-is-no-duty",
    ),
    pytest.param(
        "Apologies for the disruption -- the platform is now significantly more resilient to "
        "operator error than it was yesterday.",
        "The outage was caused by operator error.",
        "en",
        id="ho9-resilient-to-operator-error",
    ),
    pytest.param(
        "An inaccurate work order led a crew to cut the lines that caused Monday's power "
        "outage to 2 million people in Los Angeles, the city's Department of Water and "
        "Power has determined.",
        "A crew cut the lines that caused the outage.",
        "en",
        id="ho5-led-a-crew-to-cut",
    ),
    pytest.param(
        "Any resilient system should account for human errors - those always happen.",
        "The outage was caused by human error.",
        "en",
        id="ho5-designing-for-human-error",
    ),
    pytest.param(
        "Hintergrund war offensichtlich der Ausfall einer 20.000-Volt-Leitung.",
        "Der Fehler war doch offensichtlich!",
        "de",
        id="ho5-offensichtlich-as-apparently",
    ),
    pytest.param(
        "Hätte man das verhindern können?",
        "Man hätte die Migration vorher in Staging testen müssen.",
        "de",
        id="ho5-open-question-about-prevention",
    ),
    pytest.param(
        "Dennoch sprach der Elektriker davon, dass man hätte dabei auch den Tod finden "
        "können, was uns im Nachhinein noch einen Schreck versetzte.",
        "Man hätte das Kabel vorher prüfen müssen.",
        "de",
        id="ho5-danger-survived",
    ),
    pytest.param(
        "Kritische Infrastruktur muss dringend besser abgesichert werden.",
        "Der Kollege muss in Zukunft sorgfältiger arbeiten.",
        "de",
        id="ho7-securing-things",
    ),
    pytest.param(
        "Dummerweise wurde genau diese Rückfallebene (Zug darf trotzt rotem Signal auf Befehl "
        "des Fahrdienstleiters weiterfahren) zur Ursache des obigen (aber auch anderer) "
        "Zugunglücke.",
        "Das war ein dummer Fehler des Kollegen.",
        "de",
        id="ho7-dummerweise-means-unfortunately",
    ),
    pytest.param(
        "00:48 after a complete revision, the root cause wasn't found so engineer in charge "
        "requested a typo review of the file.",
        "The root cause was Dana.",
        "en",
        id="ho8-root-cause-was-not-found",
    ),
    pytest.param(
        "Human error is treated as a signal that the system needs improvement.",
        "The outage was caused by human error.",
        "en",
        id="ho8-how-human-error-is-treated",
    ),
    pytest.param(
        "Der Ausfall der Fernsteuerung ist auf eine Verkettung von Umständen und "
        "Missverständnissen zurückzuführen.",
        "Der Ausfall ist auf den Kollegen zurückzuführen.",
        "de",
        id="ho8-verkettung-von-umstaenden",
    ),
    pytest.param(
        "IT-Spezialisten hätten die Ursache rasch gefunden und den Fehler behoben.",
        "Jonas hätte den Fehler rechtzeitig beheben müssen.",
        "de",
        id="ho8-reported-remedy-in-konjunktiv",
    ),
    pytest.param(
        "But the alerting system had trained the on-call team to ignore it.",
        "The on-call team ignored the alert.",
        "en",
        id="ho6-trained-by-the-alerting-system-to-ignore",
    ),
    pytest.param(
        "All in all, if the intern deletes the entire database, they are able to do so, "
        "and that’s the main problem.",
        "Intern deletes the entire production database.",
        "en",
        id="ho7-hypothetical-deletion",
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
