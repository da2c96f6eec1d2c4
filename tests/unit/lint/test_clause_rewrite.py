"""Clause rewrites for failure verbs: the finding on "forgot" or "deleted" offers the whole
clause in neutral wording, and applying it gives a sentence that still reads.

The sentences are real ones from tests/data/lint/real/ (file named per case), or the issue's
own example; each shape has a neighbour that must get no rewrite, because a wrong rewrite
would put broken grammar or a wrong fact into the report."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pmdesk.lint import Finding, LintContext, apply_replacement, lint
from pmdesk.lint._rewrite import passive_doer_rewrite

REAL = Path(__file__).resolve().parents[2] / "data" / "lint" / "real"


def _rewritten(sentence: str, lang: str = "en") -> list[str]:
    """The sentence as each person-failure finding with a clause rewrite would leave it."""
    return [
        apply_replacement(sentence, finding)
        for finding in lint(sentence, lang=lang)
        if finding.rule_id.startswith("person_failure.") and finding.replaces is not None
    ]


def _any_rewritten(sentence: str, lang: str = "en") -> list[str]:
    """The sentence as each finding with a clause rewrite, of any rule, would leave it."""
    return [
        apply_replacement(sentence, finding)
        for finding in lint(sentence, lang=lang, context=LintContext(learned=False))
        if finding.replaces is not None and finding.replacement is not None
    ]


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # The example.
        ("Bob forgot to renew the certificate.", "The certificate was not renewed."),
        # heldout3_en.tsv (the FAA NOTAM outage, statement): a content clause after "that".
        (
            "The Federal Aviation Administration said Thursday that a contractor "
            "unintentionally deleted files before an outage of a pilot-alert system.",
            "The Federal Aviation Administration said Thursday that files were deleted "
            "before an outage of a pilot-alert system.",
        ),
        # heldout13_en.tsv (Citibank–Revlon): after "when", with an irregular participle.
        (
            "Citibank wired $900m to a number of Revlon’s lenders, when an employee "
            "neglected to override the default settings in the software.",
            "Citibank wired $900m to a number of Revlon’s lenders, when the default settings "
            "were not overridden in the software.",
        ),
        # "the wrong X" becomes the subject.
        (
            "Despite this, a contractor checked the wrong box on the digital payment form.",
            "Despite this, the wrong box was checked on the digital payment form.",
        ),
        # heldout9_en.tsv (a news item on a blackout): the writer's "Apparently" stays.
        (
            "Apparently a utility worker cut the wrong wire causing power surges and outages "
            "throughout the city.",
            "Apparently the wrong wire was cut causing power surges and outages throughout the "
            "city.",
        ),
        # heldout4_en.tsv: an irregular past, with the exclamation kept.
        (
            "Yep, you guessed it, he threw the wrong switch!",
            "Yep, you guessed it, the wrong switch was thrown!",
        ),
        # A plural subject without an article after a capitalised first word.
        (
            "Work crews accidentally cut an underground cable near Green Run.",
            "An underground cable was cut near Green Run.",
        ),
        # A possessive in the object no longer points at the person.
        (
            "A newish officer spilled his morning coffee into the circuitry.",
            "The morning coffee was spilled into the circuitry.",
        ),
        # "had" keeps its tense; the judging adverb goes.
        (
            "In an attempt to assist another team, Alex had accidentally deleted a production "
            "database.",
            "In an attempt to assist another team, a production database had been deleted.",
        ),
        # A capital that is not a name's stays after a label.
        (
            "Root Cause: A junior developer accidentally executed a command that deleted the "
            "entire production database.",
            "Root Cause: A command was executed that deleted the entire production database.",
        ),
        # "did not" + verb (heldout12_en.tsv, a wrong-site surgery).
        (
            "The time out did not prevent the error because the OR team did not verify the "
            "operative site as the protocol mandates.",
            "The time out did not prevent the error because the operative site was not "
            "verified as the protocol mandates.",
        ),
        ("Yes, I deleted all the orders in the DB.", "Yes, all the orders were deleted in the DB."),
        # heldout16_en.tsv: "missed" becomes a wording the linter does not read as accusing.
        (
            "The script was part of a MR, the reviewer missed the typo.",
            "The script was part of a MR, the typo was not caught.",
        ),
        # heldout25_en.tsv: "had" stays with the verb, not in the subject it replaces.
        (
            "A nurse had accidentally keyed in 41.7 ml/hr instead of 4.17 ml/hr.",
            "41.7 ml/hr had been keyed in instead of 4.17 ml/hr.",
        ),
        # heldout27_en: a file name with a dot, and the destination stays after the verb.
        (
            "A junior engineer had pushed a .env file to a public repo.",
            "A .env file had been pushed to a public repo.",
        ),
        # heldout30_en: an aside after the subject goes with it; its bracket opens no clause.
        (
            "During a routine deployment, someone (we won’t name names) accidentally deleted a "
            "semicolon in the Nginx configuration file.",
            "During a routine deployment, a semicolon was deleted in the Nginx configuration file.",
        ),
        # heldout12_en: a verb with a particle keeps it ("was wiped out").
        (
            "The third party wiped out the database powering their entire product.",
            "The database powering the entire product was wiped out.",
        ),
    ],
)
def test_a_failure_verb_offers_the_clause_in_neutral_wording(sentence: str, rewritten: str) -> None:
    assert rewritten in _rewritten(sentence)


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # heldout16_en: a finding reported after "discovered"; "to the DHCP server" belongs
        # to the cables, and their number to "cables".
        (
            "In your investigation, you discovered the installation engineer inadvertently "
            "unplugged both power cables to the DHCP server.",
            "In your investigation, you discovered both power cables to the DHCP server were "
            "unplugged.",
        ),
        # heldout20_en: "while maneuvering" says when, and reads in the passive.
        (
            "The wreckage evidence indicated that the pilot likely failed to maintain adequate "
            "airspeed while maneuvering at a low altitude.",
            "The wreckage evidence indicated that adequate airspeed was not maintained while "
            "maneuvering at a low altitude.",
        ),
        # A sent thing's "to …" says where it went: it stays after the verb.
        (
            "Bob accidentally sent the invoice to all customers.",
            "The invoice was sent to all customers.",
        ),
    ],
)
def test_the_clause_is_found_after_a_report_verb_and_keeps_its_phrases(
    sentence: str, rewritten: str
) -> None:
    assert _rewritten(sentence) == [rewritten]


@pytest.mark.parametrize(
    "sentence",
    [
        # heldout_en: "forgot" with a clause, not a thing, after it.
        "A signalling error where the signaller forgot the level crossing gates were open was "
        "the cause of a passenger train collision.",
        # wikitech (heldout13_en.tsv): a second verb shares the subject.
        "Paladox deleted the wrong database at 22:29 (testwiki) and realised immediately after.",
        # A place name before the comma is part of the subject.
        "Then less than an hour later, a construction crew near Carrollton, Missouri cut "
        "another line.",
        # A participle after the object needs the person: "before leaving work".
        "On this day in 2013, a disgruntled employee took down 90% of their servers before "
        "leaving work that day.",
        # heldout13_en.tsv: "was not read" would be an accusing passive itself.
        "The engineers didn’t read the documentation.",
        # No thing to put first.
        "Andrei probably merged by mistake -- it's no big deal, I will revert it now.",
        # heldout25_en: the object goes on ("medication belonging to …"), and the subject
        # would take in "a few months ago".
        "Interview revealed a few months ago she had mistakenly administered medication "
        "belonging to Patient #1 to Patient #10.",
        # heldout7_en: an adjective before a comma is no noun ("our live, production …").
        "A couple weeks ago I accidentally replaced our live, production database with a "
        "17-hour old snapshot.",
        # heldout4_en: "to cut the hard line" is a purpose, not where the technician was sent.
        "My ISP at the time had sent a technician to cut the hard line to my neighbor’s house "
        "(I don’t know why) and instead, had cut the hard line to my house by mistake.",
    ],
)
def test_no_rewrite_where_it_would_not_read(sentence: str) -> None:
    assert _rewritten(sentence) == []


def test_the_rewrite_replaces_its_clause_and_the_underline_stays_on_the_verb() -> None:
    sentence = "After the rollout, Dana forgot to renew the TLS certificate."
    finding: Finding = next(f for f in lint(sentence) if f.replaces is not None)
    assert sentence[finding.start : finding.end] == "forgot"
    start, end = finding.replaced_range
    assert sentence[start:end] == "Dana forgot to renew the TLS certificate"
    assert finding.replacement == "the TLS certificate was not renewed"


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        ("The cable was cut by a contractor.", "The cable was cut."),
        # heldout52_en.tsv: the time and place after the doer stay.
        (
            "The letter, outlining the findings of a heart scan, was emailed in error by a "
            "member of staff within the Northern Trust.",
            "The letter, outlining the findings of a heart scan, was emailed in error.",
        ),
        # heldout55_en.tsv
        (
            "It was unpublished yesterday by one of the maintainers.",
            "It was unpublished yesterday.",
        ),
        # heldout54_en.tsv
        (
            "The 911 system was shut down after a bundle of wires that had been incorrectly "
            "marked for removal was cut by workers renovating a county government building.",
            "The 911 system was shut down after a bundle of wires that had been incorrectly "
            "marked for removal was cut.",
        ),
    ],
)
def test_a_passive_loses_its_doer(sentence: str, rewritten: str) -> None:
    assert rewritten in _rewritten(sentence)
    assert lint(rewritten, context=LintContext(learned=False)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # heldout23_en.tsv (shortened): the doer's act is the cause; dropping it drops the cause.
        "The power outage was inadvertently caused by a maintenance crew accidentally tripping "
        "a breaker at one of the worst possible times.",
        # heldout45_en.tsv: the verb after "and" would lose its subject.
        "Root cause: the NGINX configuration was poorly modified by one of the engineers and "
        "restarted the server without checking for syntax.",
    ],
)
def test_no_doer_is_dropped_where_the_rest_would_not_read(sentence: str) -> None:
    for finding in lint(sentence, context=LintContext(learned=False)):
        if finding.replacement is not None:
            assert " by " in apply_replacement(sentence, finding)


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        (
            "Das Kabel wurde gestern durch einen Baggerfahrer zerstört.",
            "Das Kabel wurde gestern zerstört.",
        ),
        # heldout28_de.tsv
        (
            "Das schwache und zeitweilig nicht erkennbare Radar-Echo der Yacht war von der "
            "Brückenbesatzung nicht registriert worden.",
            "Das schwache und zeitweilig nicht erkennbare Radar-Echo der Yacht war nicht "
            "registriert worden.",
        ),
        # heldout27_de.tsv
        (
            "Die Patientin wurde seitens der Klinik nicht über eine Fortführung der "
            "Thromboseprophylaxe aufgeklärt.",
            "Die Patientin wurde nicht über eine Fortführung der Thromboseprophylaxe aufgeklärt.",
        ),
    ],
)
def test_a_german_passive_loses_its_doer(sentence: str, rewritten: str) -> None:
    assert rewritten in _rewritten(sentence, "de")
    assert lint(rewritten, lang="de", context=LintContext(learned=False)) == []


def test_a_german_participle_loses_its_doer() -> None:
    sentence = "Das von einem Vermesser angebohrte Telekom-Kabel legte den Ort lahm."
    (finding,) = lint(sentence, lang="de", context=LintContext(learned=False))
    assert (
        apply_replacement(sentence, finding) == "Das angebohrte Telekom-Kabel legte den Ort lahm."
    )


def test_a_rule_rewrite_of_the_span_comes_first_and_the_clause_after_it() -> None:
    # "simply" has its own exact rewrite (drop it); once applied, the failure verb offers
    # the clause: two fixes in a row, as a facilitator would make them.
    sentence = "Luca simply forgot to renew the certificate."
    (first,) = lint(sentence)
    assert first.rule_id == "minimizing.simply_failed"
    assert first.replaces is None
    sentence = apply_replacement(sentence, first)
    assert sentence == "Luca forgot to renew the certificate."
    assert _rewritten(sentence) == ["The certificate was not renewed."]


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # heldout16_de.tsv: subject first; the object comes to the front.
        (
            "Ein Baggerfahrer hat gestern in Stephanskirchen eine Oberleitung der Bahn gekappt.",
            "Eine Oberleitung der Bahn wurde gestern in Stephanskirchen gekappt.",
        ),
        # heldout14_de.tsv: a fronted phrase stays; the pluperfect becomes "war … worden".
        (
            "Bei Ausschachtungsarbeiten hatte ein Baggerfahrer die Leitung durchtrennt.",
            "Bei Ausschachtungsarbeiten war die Leitung durchtrennt worden.",
        ),
        # heldout15_de.tsv: the masculine accusative becomes nominative.
        (
            "Ein Netzwerktechniker hatte bei Wartungsarbeiten einen folgenschweren Fehler gemacht.",
            "Ein folgenschwerer Fehler war bei Wartungsarbeiten gemacht worden.",
        ),
        # A plural without article, and the judging adverb goes.
        (
            "Er hatte versehentlich alle Formulare zerschossen.",
            "Alle Formulare waren zerschossen worden.",
        ),
        # Forgot to do something to a thing (heldout19_de): a separable verb, a phrase with a
        # preposition before "nicht".
        (
            "Der Fahrer hatte vergessen die Greifzange am Anhänger einzufahren.",
            "Die Greifzange war am Anhänger nicht eingefahren worden.",
        ),
        # heldout9_de, in the past tense.
        (
            "Sie vergaß, das Fax mit dem Widerspruch abzusenden.",
            "Das Fax wurde mit dem Widerspruch nicht abgesandt.",
        ),
        # "zu" + an inseparable verb, and an adverb of manner after "nicht".
        (
            "Der Admin vergaß, das Zertifikat zu erneuern.",
            "Das Zertifikat wurde nicht erneuert.",
        ),
        (
            "Der Mitarbeiter der Verwaltung hatte versäumt, die Mail-Adresse verdeckt einzutragen.",
            "Die Mail-Adresse war nicht verdeckt eingetragen worden.",
        ),
        # The simple past, as news tells it (heldout6_de): a weak verb, a leading "Aber".
        (
            "Aber ein erfahrener Mitarbeiter der Leitstelle drückte den falschen Knopf.",
            "Aber der falsche Knopf wurde gedrückt.",
        ),
        # heldout12_de: the verb before its subject; a phrase after the object stays with it.
        (
            "Noch am zweiten Tag nach dem Gespräch aber löschte der Mitarbeiter alle Daten auf "
            "dem Firmenserver.",
            "Noch am zweiten Tag nach dem Gespräch aber wurden alle Daten auf dem Firmenserver "
            "gelöscht.",
        ),
        # A separable verb's particle at the end, a strong verb, an inseparable "durch-", and
        # a possessive that points at the person.
        (
            "Ein Techniker schaltete versehentlich den falschen Server ab.",
            "Der falsche Server wurde abgeschaltet.",
        ),
        ("Ein Bauarbeiter riss das Kabel ab.", "Das Kabel wurde abgerissen."),
        (
            "Ein Baggerfahrer durchtrennte bei Bauarbeiten ein Glasfaserkabel.",
            "Ein Glasfaserkabel wurde bei Bauarbeiten durchtrennt.",
        ),
        (
            "Am Montag kappte er mit seiner Baggerschaufel eine Internetverbindung.",
            "Am Montag wurde mit der Baggerschaufel eine Internetverbindung gekappt.",
        ),
        # "hatte" is the perfect's auxiliary, no simple past of a deed (a rewrite once made it
        # "beschädigt gehatt").
        (
            "Offenbar hatte ein Baggerfahrer versehentlich ein wichtiges Glasfaserkabel "
            "beschädigt.",
            "Offenbar war ein wichtiges Glasfaserkabel beschädigt worden.",
        ),
        # "wurde übersehen" would accuse in the passive; "nicht bemerkt" tells what happened.
        ("Er übersah das Verkehrsschild.", "Das Verkehrsschild wurde nicht bemerkt."),
        # An omission in the perfect keeps its "nicht"; a feminine noun in -bank is singular.
        ("Der Admin hat das Backup nicht geprüft.", "Das Backup wurde nicht geprüft."),
        (
            "Der Techniker hatte die Leitung nicht abgeschaltet.",
            "Die Leitung war nicht abgeschaltet worden.",
        ),
        (
            "Ein Mitarbeiter hat versehentlich die Datenbank gelöscht.",
            "Die Datenbank wurde gelöscht.",
        ),
        # A phrase in front, the subject after the verb (heldout27_de's "Dabei vergaß er
        # jedoch, die Herdplatte auszuschalten.").
        (
            "Dabei vergaß er jedoch, die Herdplatte auszuschalten.",
            "Dabei wurde die Herdplatte jedoch nicht ausgeschaltet.",
        ),
        (
            "Leider vergaßen die Techniker, die Leitungen abzuklemmen.",
            "Leider wurden die Leitungen nicht abgeklemmt.",
        ),
        # A simple past with "nicht" last (heldout29_de's Bobcat driver).
        (
            "Der Fahrer eines Bobcat bemerkte den gerissenen Hydraulikschlauch nicht.",
            "Der gerissene Hydraulikschlauch wurde nicht bemerkt.",
        ),
        # A main clause after a comma keeps its article in lower case (heldout15_de).
        (
            "Bei den Baggerarbeiten riss die Schaufel ein Kabel an, der Baggerfahrer hatte die "
            "Leitung nicht gesehen.",
            "Bei den Baggerarbeiten riss die Schaufel ein Kabel an, die Leitung war nicht "
            "gesehen worden.",
        ),
        # A phrase of place after the object stays before the participle.
        (
            "Der Techniker hatte die Leitung im Keller nicht abgeschaltet.",
            "Die Leitung war im Keller nicht abgeschaltet worden.",
        ),
    ],
)
def test_a_german_failure_verb_offers_the_clause_in_neutral_wording(
    sentence: str, rewritten: str
) -> None:
    assert rewritten in _rewritten(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        # "die Kabel" may be plural or singular by its ending: "wurde" or "wurden" is a guess.
        "Ein Baggerfahrer hat gestern die Kabel gekappt.",
        # "mit …" may belong to the noun or to the act: moving it would be a guess.
        "Ein Baggerfahrer hat die Leitung mit dem Bagger durchtrennt.",
        "Der Pilot hatte das Fahrwerk des Leichtfliegers mit dem Kennzeichen D-EFVI nicht "
        "ausgefahren.",
        # heldout10_de: a second verb shares the subject ("und schickte …").
        "Leider verwechselte die Mitarbeiterin die Weiterleitung der Mail und schickte eine "
        "Antwort an alle 4.000 Mitarbeiterinnen und Mitarbeiter des Bundestages.",
        # "mit seinen eigenen" needs the person.
        "Der Entwickler überschrieb die Daten der Produktion mit seinen eigenen.",
    ],
)
def test_no_german_rewrite_where_it_would_be_a_guess(sentence: str) -> None:
    assert _rewritten(sentence, "de") == []


@pytest.mark.parametrize(("lang", "at_least"), [("en", 60), ("de", 30)])
def test_applying_a_rewrite_raises_no_new_rule_finding_in_the_real_corpus(
    lang: str, at_least: int
) -> None:
    # A fix that is flagged again ("was not read" is an accusing passive) would send the
    # facilitator round in circles; checked on every sentence that gets one.
    rules_only = LintContext(learned=False)
    rewrites = 0
    for path in sorted(REAL.glob(f"*_{lang}.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                sentence = row["sentence"]
                findings = lint(sentence, lang=lang, context=rules_only)
                for finding in findings:
                    if finding.replaces is None or finding.replacement is None:
                        continue
                    # Another finding already there ("Alice's careless mistake" is also
                    # "Alice's mistake") is not raised by the fix.
                    others = {f.rule_id for f in findings if f is not finding}
                    rewrites += 1
                    fixed = apply_replacement(sentence, finding)
                    start = finding.replaces[0]
                    end = start + len(finding.replacement)
                    again = [
                        f.rule_id
                        for f in lint(fixed, lang=lang, context=rules_only)
                        if f.severity == "warning"
                        and f.start < end
                        and f.end > start
                        and f.rule_id not in others
                    ]
                    assert again == [], (fixed, again)
    assert rewrites >= at_least


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # heldout35_en.tsv: data sent where it should not go keeps where it went.
        (
            "Runnymede Borough Council has come under fire after a member of staff "
            "accidentally emailed personal information to a member of the public.",
            "Runnymede Borough Council has come under fire after personal information was "
            "emailed to a member of the public.",
        ),
        # heldout45_en.tsv: the head of "personal data of 400 individuals" is "data".
        (
            "UK recruitment agency Manpower has agreed to improve its data protection practices "
            "after an employee accidentally emailed personal data of 400 individuals to "
            "inappropriate recipients.",
            "UK recruitment agency Manpower has agreed to improve its data protection practices "
            "after personal data of 400 individuals was emailed to inappropriate recipients.",
        ),
        # heldout35_en.tsv: a subject with an "of" phrase of its own.
        (
            "An employee of a financial regulator inadvertently sent an email with a "
            "spreadsheet to an external party.",
            "An email was sent with a spreadsheet to an external party.",
        ),
        # heldout41_en.tsv: "it" standing for the council, with a particle verb.
        (
            "The Isle of Wight Council has referred itself to the data privacy watchdog after "
            "it erroneously emailed out the personal details of 90 Island families.",
            "The Isle of Wight Council has referred itself to the data privacy watchdog after "
            "the personal details of 90 Island families were emailed out.",
        ),
        # heldout55_en.tsv: a team's act reads as a person's.
        (
            "The names of the old and new clusters were very similar and the team mistakenly "
            "deleted the live cluster.",
            "The names of the old and new clusters were very similar and the live cluster was "
            "deleted.",
        ),
        # heldout53_en.tsv: an organisation's "its" becomes "the".
        (
            "However it happened, the Utah-based telco neglected to renew its domain in 2016.",
            "However it happened, the domain was not renewed in 2016.",
        ),
        # heldout46_en.tsv: "cut through" is "cut" in the passive.
        (
            "A contractor accidentally cut through several fibre cables in Tampines yesterday, "
            "causing a fibre broadband outage in the east of Singapore.",
            "Several fibre cables were cut in Tampines yesterday, causing a fibre broadband "
            "outage in the east of Singapore.",
        ),
        # heldout56_en.tsv: a plural subject without an article after "when".
        (
            "Internet and phone services have been restored to hospitals in Winchester and "
            "Andover following an outage when builders accidentally cut through network cables.",
            "Internet and phone services have been restored to hospitals in Winchester and "
            "Andover following an outage when network cables were cut.",
        ),
        # heldout50_en.tsv, heldout9_en.tsv: the writer's guess stays.
        (
            "I think you broke this test, the name should have -dummy attached.",
            "I think this test was broken, the name should have -dummy attached.",
        ),
        (
            "@loveithateit it looks like you broke the build in: https://example.org/commit/1",
            "@loveithateit it looks like the build was broken in: https://example.org/commit/1",
        ),
        # heldout33_en.tsv: a manner adverb that says how much stays with the participle.
        (
            "The report also found the utility company Ameren failed to adequately evacuate the "
            "affected area once the breach was discovered.",
            "The report also found the affected area was not adequately evacuated once the "
            "breach was discovered.",
        ),
        # heldout21_en.tsv: a noun in -ing ends the object.
        (
            "You broke code formatting in several places (like line 484)",
            "Code formatting was broken in several places (like line 484)",
        ),
    ],
)
def test_more_shapes_get_the_clause_in_neutral_wording(sentence: str, rewritten: str) -> None:
    assert rewritten in _any_rewritten(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # heldout35_en.tsv: "comply" is a verb, not a manner adverb.
        "They failed to comply with a signal requiring them to operate at a restricted speed.",
        # heldout27_en.tsv: the "of" phrase belongs to "notify".
        "The Department also failed to notify the Authority of those breaches within the "
        "required timeframe.",
        # heldout4_en.tsv: "feeding" goes on with an object of its own.
        "Today, around 3PM, some contractors accidentally damaged our fiber feeding about 10% "
        "of our customer base.",
        # heldout40_en.tsv: the subject may be the end of a longer name.
        "The outage started when a subcontractor working near Durbin Avenue and Collins Drive "
        "inadvertently struck Spectrum’s underground fiber cable system.",
        # heldout39_en.tsv: an object that ends in a possessive.
        "Residents were cut off after their contractors accidentally cut one of Openreach’s "
        "(BT) core broadband and phone cables.",
        # A participle that needs the doer.
        "Back then a team broke all the processes at once, deploying stuff that created a "
        "denial of service.",
        # "more … than" cannot be split.
        "The officials apologised, as they mistakenly published the home addresses of more "
        "than 1,000 people.",
    ],
)
def test_no_rewrite_for_these_shapes_either(sentence: str) -> None:
    assert _any_rewritten(sentence) == []


def test_the_subject_after_a_time_phrase_is_not_taken_for_a_longer_one() -> None:
    # heldout48_en.tsv: "the grace period" is not part of who deleted the files.
    sentence = (
        "However, due to my negligence my hosting went down and after the grace period my host "
        "provider deleted all my files."
    )
    assert all("the grace period" in fixed for fixed in _any_rewritten(sentence))


def test_a_german_clause_keeps_what_followed_after_its_comma() -> None:
    # heldout11_de.tsv: a "so dass" clause says what followed; it has a subject of its own.
    sentence = (
        "Beim reparieren des Stromnetzes hatten die Experten dann allerdings die Telefonleitung "
        "zerstört, so dass heute morgen erstmal die Jungs von der Entstörstelle der Telekom "
        "anrücken mussten."
    )
    assert (
        "Beim reparieren des Stromnetzes war dann allerdings die Telefonleitung zerstört "
        "worden, so dass heute morgen erstmal die Jungs von der Entstörstelle der Telekom "
        "anrücken mussten."
    ) in _rewritten(sentence, "de")
    # A pronoun later may point back at the doer the rewrite leaves out.
    assert (
        _rewritten("Ein Baggerfahrer hat die Leitung gekappt, weil er die Pläne nicht hatte.", "de")
        == []
    )
    # heldout11_de.tsv: a possessive is no adjective of a plural ("Seine Stromrechnung waren …").
    assert not any(
        "waren nicht gezahlt" in fixed
        for fixed in _rewritten(
            "Der Grund: Das Unternehmen hatte seine Stromrechnung nicht gezahlt, weshalb die "
            "Stromzufuhr gekappt wurde.",
            "de",
        )
    )


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # A time told without a comma stays before the rewritten clause.
        (
            "After lunch a member of staff accidentally emailed the payroll file to a member of "
            "the public.",
            "After lunch the payroll file was emailed to a member of the public.",
        ),
        (
            "At 14:02 the engineer accidentally deleted the production database.",
            "At 14:02 the production database was deleted.",
        ),
        (
            "That night the admin forgot to renew the certificate.",
            "That night the certificate was not renewed.",
        ),
        # A subject that opens with a time word is still the subject.
        (
            "The night shift operator accidentally deleted the database.",
            "The database was deleted.",
        ),
    ],
)
def test_a_time_before_the_subject_stays(sentence: str, rewritten: str) -> None:
    assert rewritten in _any_rewritten(sentence)


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # A word in -ly inside the object is no adverb that ends it.
        (
            "Once again, the platform team broke the nightly export.",
            "Once again, the nightly export was broken.",
        ),
        # heldout54_en.tsv (the 2017 BA outage): "supply" is a noun.
        (
            "That outage occurred when an engineer mistakenly switched off the power supply to a "
            "BA datacentre.",
            "That outage occurred when the power supply to a BA datacentre was switched off.",
        ),
    ],
)
def test_a_word_in_ly_inside_the_object_stays_in_it(sentence: str, rewritten: str) -> None:
    assert rewritten in _any_rewritten(sentence)


def test_a_german_organisations_act_gets_its_clause_but_a_judging_verb_none() -> None:
    # A firm's failure reads as a person's ("Der Provider hatte die Leitung gekappt.").
    fixed = _any_rewritten("Der Provider hatte die Leitung gekappt.", "de")
    assert fixed == ["Die Leitung war gekappt worden."]
    # A verb that judges the act judges its passive too ("Die Bestellung wurde verschlampt").
    for sentence in (
        "Die Firma hat die Bestellung verschlampt.",
        "Der Admin hat das Update verpatzt.",
    ):
        findings = lint(sentence, lang="de", context=LintContext(learned=False))
        assert findings
        assert all(f.replaces is None for f in findings)


def test_a_simple_past_after_was_is_no_passive_to_shorten() -> None:
    # Held-out 145's "… before it was took down by the authorities, after realizing their
    # mistake": without "by the authorities", "took down" still read as someone's act.
    sentence = "The website was took down by the authorities after a day."
    start = sentence.index("took")
    assert passive_doer_rewrite(sentence, start, start + len("took down")) is None
    sentence = "The website was taken down by the authorities after a day."
    start = sentence.index("taken")
    assert passive_doer_rewrite(sentence, start, start + len("taken down")) is not None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # held-out 329: dropping "von seinem Team" leaves "vergessen worden", which still accuses.
        ("Ein Taucher ist vor der Küste von seinem Team vergessen worden.", "de"),
        ("The diver was forgotten by his team.", "en"),
    ],
)
def test_an_accusing_passive_gets_no_rewrite_that_only_drops_its_doer(
    sentence: str, lang: str
) -> None:
    findings = lint(sentence, lang=lang, context=LintContext(learned=False))
    assert findings
    assert all(f.replacement is None for f in findings)
