"""Classes of blame held-out 73 (English and German, from the web) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side, and the false alarms
it found. The sets are tests/data/lint/real/heldout73_en.tsv and heldout73_de.tsv."""

from __future__ import annotations

import pytest

from pmdesk.lint import LintContext, apply_replacement, lint

from .tiers import blocks, check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Today accidentally one of the ReciHub member's did a Force Push in FunnyAlgorithms "
        "repository, which cause the loss of some codes/algorithms.",
        "However it discarded the commits I had above the branch when it did a force-push.",
        "en",
        id="en-did-a-force-push",
    ),
    pytest.param(
        "Take a company called Lockstate, for example, which attempted to issue new software "
        "to its LS6i smart locks last week and ended up bricking devices.",
        "Take a company called Lockstate, for example, which attempted to issue new software "
        "to its LS6i smart locks last week and ended up recalling devices.",
        "en",
        id="en-ended-up-bricking",
    ),
    pytest.param(
        "More importantly, I see this as a huge mistake on Time Warner's part.",
        "More importantly, I see this as a huge mistake on our part.",
        "en",
        id="en-a-mistake-on-their-part",
    ),
    pytest.param(
        "The on-call build cop, @betsymcphail, believes that your PR #6223 may have broken "
        "Drake's continuous integration build [1].",
        "The on-call build cop, @betsymcphail, believes that PR #6223 may have broken Drake's "
        "continuous integration build [1].",
        "en",
        id="en-your-pr-may-have-broken",
    ),
    pytest.param(
        "The problem was the contractor.",
        "The problem was the DNS config.",
        "en",
        id="en-the-problem-was-a-party",
    ),
    pytest.param(
        "Keep your website updated (and out of reach of crappy developers)",
        "Keep your website updated (and out of reach of crappy plugins)",
        "en",
        id="en-crappy-developers",
    ),
    pytest.param(
        "That's bad enough as it is and if you already do this (you should be ashamed of "
        "yourself) but tonight is a particularly bad night to do that.",
        "That's bad enough as it is and if you already do this (you should be aware of it) but "
        "tonight is a particularly bad night to do that.",
        "en",
        id="en-you-should-be-ashamed",
    ),
    pytest.param(
        "You mean to say that the AT&T network is so fragile that some mental midget with a "
        "post hole digger and a mission can bring down the whole show from Houston to OK?",
        "You mean to say that the AT&T network is so fragile that some contractor with a post "
        "hole digger and a mission can bring down the whole show from Houston to OK?",
        "en",
        id="en-mental-midget",
    ),
    pytest.param(
        "Durch einen unbekannten und bisher von der Polizei nicht ermittelbaren LKW-Fahrer "
        "wurde die Beleuchtung am Fußgängerüberweg vor dem Rathaus massiv beschädigt.",
        "Durch einen Sturm wurde die Beleuchtung am Fußgängerüberweg vor dem Rathaus massiv "
        "beschädigt.",
        "de",
        id="de-durch-vorn-im-passiv",
    ),
    pytest.param(
        "Durch ein Bauunternehmen auf einer privaten Baustelle wurden bei Tiefbauarbeiten am "
        "heutigen Tag ein Kabelübergangskasten der städtischen Straßenbeleuchtung beschädigt.",
        "Durch einen Kurzschluss wurde am heutigen Tag ein Kabelübergangskasten der städtischen "
        "Straßenbeleuchtung beschädigt.",
        "de",
        id="de-ein-bauunternehmen-ist-eine-firma",
    ),
    pytest.param(
        "Der Klinikkonzern Asklepios wirft sensible Krankenakten in den Müll.",
        "Der Klinikkonzern Asklepios speichert sensible Krankenakten im Rechenzentrum.",
        "de",
        id="de-akten-in-den-muell",
    ),
    pytest.param(
        "Deutschlands größter privater Krankenhauskonzern Asklepios hat in Hamburg höchst "
        "sensible Patientenakten gleich kistenweise im Sperrmüllcontainer entsorgt.",
        "Die alten Röntgenbilder werden im Container gelagert.",
        "de",
        id="de-akten-im-sperrmuellcontainer",
    ),
    pytest.param(
        "Kliniken verschlampen Tausende Patientenakten",
        "Kliniken verwalten Tausende Patientenakten",
        "de",
        id="de-verschlampen",
    ),
    pytest.param(
        "Mitarbeiter verliert Kiste mit Speicherbändern",
        "Mitarbeiter verpackt Kiste mit Speicherbändern",
        "de",
        id="de-verliert-kiste",
    ),
    pytest.param(
        "Die Datenschutzbehörde in Bayern hat völlig gemauert.",
        "Der Maurer hat die Wand gemauert.",
        "de",
        id="de-hat-gemauert",
    ),
    pytest.param(
        "Die Redaktion war lediglich nicht aufmerksam genug, als sie einen Schnappschuss aus "
        "dem Büro twitterten.",
        "Die Redaktion war lediglich nicht schnell genug, als sie einen Schnappschuss aus dem "
        "Büro twitterten.",
        "de",
        id="de-nicht-aufmerksam-genug",
    ),
    pytest.param(
        "Der Absender hatte mit seiner Nachricht die Adressdaten auch veröffentlicht.",
        "Das Amt veröffentlichte die Daten der Statistik.",
        "de",
        id="de-adressdaten-veroeffentlicht",
    ),
    pytest.param(
        "Diesem Anspruch ist Herr Brodel in seiner Amtszeit kaum oder garnicht nachgekommen.",
        "Diesem Anspruch ist Herr Brodel in seiner Amtszeit stets nachgekommen.",
        "de",
        id="de-kaum-oder-garnicht-nachgekommen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_news_breaking_is_no_act() -> None:
    check_false_alarm(
        "Apparently, we got a spike when the Sarah Palin news broke (see article here).",
        "Apparently, we got a spike when the Sarah Palin intern broke the build.",
        "en",
    )


def test_rules_that_could_not_be_kept_are_no_violation() -> None:
    check_false_alarm(
        "Technische Probleme haben in den letzten Tagen in einigen Gemeindeteilen dazu "
        "geführt, dass die bisherigen Schaltzeiten der Straßenbeleuchtung nicht eingehalten "
        "werden konnten.",
        "Der Techniker hat die Vorgaben zur Straßenbeleuchtung nicht eingehalten.",
        "de",
    )
    assert not blocks("Wir müssen etwas unternehmen.", "de")


def test_the_label_before_a_role_goes_and_the_role_stays() -> None:
    sentence = "Keep your website updated (and out of reach of crappy developers)"
    (finding,) = [
        f
        for f in lint(sentence, lang="en", context=LintContext(learned=False))
        if f.severity == "warning"
    ]
    assert finding.rule_id == "character.label"
    fixed = apply_replacement(sentence, finding)
    assert fixed == "Keep your website updated (and out of reach of developers)"
    assert not blocks(fixed, "en")


@pytest.mark.parametrize(
    ("sentence", "fixed"),
    [
        (
            "The outage was caused by a sloppy change to the load balancer.",
            "The outage was caused by a change to the load balancer.",
        ),
        ("A sloppy migration took the site down.", "A migration took the site down."),
    ],
)
def test_a_judging_word_before_work_goes_and_the_work_stays(sentence: str, fixed: str) -> None:
    (finding,) = [
        f
        for f in lint(sentence, lang="en", context=LintContext(learned=False))
        if f.rule_id == "character.label"
    ]
    assert apply_replacement(sentence, finding) == fixed
