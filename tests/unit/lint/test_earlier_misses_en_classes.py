"""Classes of blame missed in earlier English sets, found again among the misses after the
blind runs of this corpus: each real sentence with a near neighbour on the other side. The
sets are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from pmdesk.lint import apply_replacement, lint

from .tiers import blocks, check_class, hints_only

CLASSES = [
    pytest.param(
        "A GAS MAIN WAS BROKEN BY A CONSTRUCTION CREW LAYING SEWER LINES.",  # heldout33_en:
        "A GAS MAIN WAS BROKEN BY A FROST HEAVE UNDER THE SEWER LINES.",  # a line in capitals
        "en",
        id="en-a-line-in-capitals",
    ),
    pytest.param(
        "Meanwhile, the staff brought the old server offline and reformatted the hard drive.",
        "Meanwhile, the job brought the old server offline and reformatted the hard drive.",
        "en",  # heldout21_en, abridged
        id="en-reformatted-the-hard-drive",
    ),
    pytest.param(
        "However, now those commits are gone, meaning someone must have force-pushed the "
        "branch to drop these commits.",  # heldout17_en, abridged
        "However, now those commits are gone, meaning a rebase must have rewritten the branch "
        "to drop these commits.",
        "en",
        id="en-force-pushed-the-branch",
    ),
    pytest.param(
        "Today's outage was caused by an administrative error made by one of our suppliers.",
        "Today's outage was caused by an administrative error in one of our suppliers' systems.",
        "en",  # heldout23_en: one hired party singled out is not the writers
        id="en-an-error-made-by-one-of-our-suppliers",
    ),
    pytest.param(
        "Who on earth approves this kind of change for a Monday lunchtime?",  # heldout13_en
        "Who approves this kind of change for a Monday lunchtime?",  # a plain process question
        "en",
        id="en-who-on-earth-whatever-the-verb",
    ),
    pytest.param(
        "The cause of that outage, which lasted about four hours, turned out to be errant input "
        "that Amazon engineers entered when performing debugging.",  # statements_en, abridged
        "The cause of that outage, which lasted about four hours, turned out to be errant input "
        "that the autoscaler entered when performing a resize.",
        "en",
        id="en-the-cause-was-input-that-engineers-entered",
    ),
    pytest.param(
        "The outage was caused by a bad config that Bob pushed.",  # the same, plainer
        "The outage was caused by a bad config that the deploy pipeline pushed.",
        "en",
        id="en-caused-by-a-config-that-a-person-pushed",
    ),
    pytest.param(
        "A council employee has been fined £400 for an offence under the Freedom of "
        "Information (FOI) regulations.",  # heldout49_en
        "A council employee has been cleared of an offence under the Freedom of Information "
        "(FOI) regulations.",
        "en",
        id="en-an-employee-has-been-fined",
    ),
    pytest.param(
        "Today @cjeria pushed an update to `gh-pages` which took the site offline.",  # heldout21
        "Today the bot pushed an update to `gh-pages` which took the site offline.",
        "en",
        id="en-pushed-an-update-which-took-the-site-offline",
    ),
    pytest.param(
        "15:00 Server went off after a team member had overridden the config file.",  # heldout15
        "15:00 Server went off after the deploy script had overridden the config file.",
        "en",
        id="en-a-team-member-had-overridden-the-config",
    ),
    pytest.param(
        "But they reset the git history of the master branch and forced push this ...",
        "But the tool reset the git history of the master branch and forced push this ...",
        "en",  # heldout25_en
        id="en-they-reset-the-git-history",
    ),
    pytest.param(
        "The engineer of train 416 did not require that flagging be provided and thus did not "
        "fulfill the responsibilities assigned to him by Rules 106 and 1022.",  # heldout9
        "The engineer of train 416 did not require that flagging be provided and thus the "
        "rules did not fulfill the purpose assigned to them.",
        "en",
        id="en-and-thus-did-not-after-a-that-clause",
    ),
    pytest.param(
        "I'm sorry to say this is a waste of my time, because you released broken version, "
        "while this was known issue for a month.",  # heldout51
        "I'm sorry to say this is a waste of my time, because a broken version was released, "
        "while this was known issue for a month.",
        "en",
        id="en-while-this-is-a-contrast-not-an-activity",
    ),
    pytest.param(
        "Road contractor Richardson Bros. Ltd. severed the territory's sole internet "
        "connection twice this week.",  # heldout48
        "A landslide near the highway severed the territory's sole internet connection twice "
        "this week.",
        "en",
        id="en-contractor-severed-the-internet-connection",
    ),
    pytest.param(
        "The vendor then promptly used PowerShell to delete the entire intranet they had "
        "built in the past 3 months.",  # heldout46
        "The vendor then promptly used PowerShell to delete the stale branches they had "
        "built in the past 3 months.",
        "en",
        id="en-used-a-tool-to-delete-the-entire-thing",
    ),
    pytest.param(
        "13:05 Dave reverts his changes and clones the wrong branch.",  # heldout26, present
        "13:05 Dave reverts his changes and clones the release branch.",
        "en",
        id="en-a-timeline-in-the-present-tense-the-wrong-thing",
    ),
    pytest.param(
        "Turns out that a developer had pushed files without letting anyone know, which broke "
        "the site.",  # heldout43
        "Turns out that a developer had pushed files after letting everyone know, which broke "
        "the site.",
        "en",
        id="en-without-letting-anyone-know",
    ),
    pytest.param(
        "The chief officer was in a dizzy state and did not understand the caution.",  # heldout23
        "The chief officer was in a dizzy state and did not hear the caution over the radio.",
        "en",
        id="en-did-not-understand",
    ),
    pytest.param(
        "However, the flight crew didn't seem to understand what these two events meant.",
        "However, the flight manual didn't seem to explain what these two events meant.",
        "en",  # heldout14
        id="en-did-not-seem-to-understand",
    ),
    pytest.param(
        "You see, my web host forgot to renew my domain, when I specifically asked them to do "
        "so a couple weeks before it expired.",  # heldout38, "my then-web host"
        "You see, my web host renewed my domain, when I specifically asked them to do so a "
        "couple weeks before it expired.",
        "en",
        id="en-my-web-host-is-a-hired-party",
    ),
    pytest.param(
        "The accountant did not have a backup or even an accountants copy of the company "
        "file.",  # heldout41
        "The laptop did not have a backup or even an accountants copy of the company file.",
        "en",
        id="en-did-not-have-a-backup",
    ),
    pytest.param(
        "The city lost library records spanning five decades during a computer server upgrade "
        "in 2013 but did not report the problem to the state until last month.",  # heldout53
        "The server lost library records spanning five decades during an upgrade in 2013 but "
        "did not report the problem to the monitoring until last month.",
        "en",
        id="en-the-city-did-not-report",
    ),
    # Classes among the held-out 52 to 57 misses, looked at in session 34.
    pytest.param(
        "@arikfr Was it your intention to delete the release/5.0.x branch?",  # heldout52_en
        "@arikfr Was it your intention to keep the release/5.0.x branch?",
        "en",
        id="en-was-it-your-intention-to-delete",
    ),
    pytest.param(
        "Maybe you didn't push the tag when you released 8.5.3?",  # heldout52_en
        "Maybe the bot didn't push the tag when it released 8.5.3?",
        "en",
        id="en-you-didnt-push-the-tag",
    ),
    pytest.param(
        "Your latest release is broken!",  # heldout52_en
        "If your latest release is broken, roll back.",
        "en",
        id="en-your-latest-release-is-broken",
    ),
    pytest.param(
        "I learnt that the signal went down because someone had bent my fibre line at the "
        "junction box.",  # heldout55_en
        "I learnt that the signal went down because the frost had cracked my fibre line at the "
        "junction box.",
        "en",
        id="en-someone-had-bent-my-fibre-line",
    ),
    pytest.param(
        "It should not have taken a week for this problem to be spotted.",  # heldout55_en
        "It should not take a week for this problem to be spotted.",
        "en",
        id="en-it-should-not-have-taken-a-week",
    ),
    pytest.param(
        "Junior techie had leverage, but didn't appreciate the gravity of the situation",
        "Junior techie had leverage, and the pager didn't convey the gravity of the situation",
        "en",
        id="en-didnt-appreciate-the-gravity",  # heldout56_en
    ),
    pytest.param(
        "And nobody explained to me the fact that for functionality changes, we use a key "
        "system.",  # heldout56_en
        "And the runbook explained to me the fact that for functionality changes, we use a key "
        "system.",
        "en",
        id="en-nobody-explained",
    ),
    pytest.param(
        "Couldn't they have done a test run of this on internal servers first?",  # heldout56_en
        "Couldn't it have been a caching issue on the internal servers?",
        "en",
        id="en-couldnt-they-have-done",
    ),
    pytest.param(
        "It appears that Code Spaces never attempted to escalate to Amazon.",  # heldout57_en
        "It appears that the alert never managed to escalate to Amazon.",
        "en",
        id="en-never-attempted-to",
    ),
    pytest.param(
        "The accident was caused by the failure of the crew to line the switch.",  # heldout57_en
        "The accident was caused by the failure of the pump to start.",
        "en",
        id="en-the-failure-of-the-crew-to",
    ),
    pytest.param(
        "Unlike most companies, this company didn't provide a grace period.",  # heldout52_en
        "Airservices Australia did not provide procedures with associated local instructions.",
        "en",
        id="en-didnt-provide-a-grace-period",  # the neighbour is a process gap (heldout11_en)
    ),
    pytest.param(
        "Sometimes your cron jobs break, and the sysadmin is too busy making jokes to care about "
        "the expiry warning emails.",  # heldout52_en
        "Sometimes your cron jobs break, and the sysadmin is too busy with the migration, so the "
        "expiry warning emails pile up.",
        "en",
        id="en-too-busy-to-care",
    ),
    pytest.param(
        "For reasons only he knows, he installed Windows 2000 Server on to the RAID 5 array "
        "itself.",  # heldout54_en
        "For reasons of space, he installed Windows 2000 Server on to the RAID 5 array itself.",
        "en",
        id="en-for-reasons-only-he-knows",
    ),
    pytest.param(
        "The engineer thought he knew what he was doing.",  # heldout54_en
        "The engineer thought he knew which host he was on.",
        "en",
        id="en-thought-he-knew-what-he-was-doing",
    ),
    pytest.param(
        "It took them a week to resolve it.",  # heldout54_en
        "It took the job a week to resolve it.",
        "en",
        id="en-took-them-a-week-to-resolve",
    ),
    pytest.param(
        "It seems Microsoft did not learn enough about the outage.",  # heldout57_en
        "It seems the model did not learn enough about the outage.",
        "en",
        id="en-did-not-learn-enough",
    ),
    pytest.param(
        "The vendor should have notified us earlier.",  # hindsight about a firm, as in German
        "The monitoring should have notified us earlier.",
        "en",
        id="en-the-vendor-should-have-notified-us",
    ),
    pytest.param(
        "There was no intervention from the operator.",  # heldout57_en, of a driver
        "There was no response from the server for ten minutes.",
        "en",
        id="en-no-intervention-from-the-operator",
    ),
    pytest.param(
        "They really shit the bed on this one.",  # heldout13_en: an idiom for a bad failure
        "The pipeline really shit the bed on this one.",
        "en",
        id="en-shit-the-bed",
    ),
    pytest.param(
        "A road works contractor severed a TelEm Group underground cable Tuesday evening.",
        "A road works contractor inspected a TelEm Group underground cable Tuesday evening.",
        "en",  # heldout42_en, abridged: three words between the article and the cable
        id="en-severed-a-cable-with-three-modifiers",
    ),
    pytest.param(
        "More than 250 email addresses were exposed in a data breach by Shropshire Council.",
        "More than 250 email addresses were exposed in a data breach by hackers.",
        "en",  # heldout44_en, abridged: a breach placed with a body, not an attack
        id="en-a-data-breach-by-the-council",
    ),
    pytest.param(
        "The vendor changed our DNS records without our consent.",
        "Once they had access, they were able to publish malicious versions of our packages "
        "without our knowledge.",  # documents12 (asyncapi): an intruder acts unknown by nature
        "en",
        id="en-without-our-consent",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_a_quoted_name_after_the_object_gets_no_rewrite() -> None:
    """'chose the option "Missile alert"' would become 'The option was chosen "Missile
    alert"': the quoted name goes with the object, so no rewrite is offered."""
    text = 'An employee accidentally chose the option "Missile alert" from a drop-down menu.'
    findings = [f for f in lint(text, lang="en") if f.severity == "warning"]
    assert findings
    assert all(f.replacement is None for f in findings)
    plain = "An employee accidentally chose the wrong option from a drop-down menu."
    [finding] = [f for f in lint(plain, lang="en") if f.severity == "warning"]
    assert apply_replacement(plain, finding) == "The wrong option was chosen from a drop-down menu."


@pytest.mark.parametrize(
    ("statistic", "finding", "lang"),
    [
        # heldout11_en: a statistic about outages in general is a quiet hint, not a finding.
        (
            "Over 70% of all outages are caused by human error.",
            "The root cause was human error during the configuration update process.",
            "en",
        ),
        # statements_de
        (
            "Studien aus Deutschland zeigen, dass bis zu 70 % der Sicherheitsvorfälle auf "
            "menschliches Versagen zurückzuführen sind.",
            "Ursache war menschliches Versagen.",
            "de",
        ),
    ],
)
def test_a_statistic_about_incidents_in_general_is_a_hint(
    statistic: str, finding: str, lang: str
) -> None:
    assert hints_only(statistic, lang)
    assert blocks(finding, lang)


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # heldout18_en: a prohibition at the reader about what they did.
        (
            "You should _never_ push to master, or make changes that have not been discussed.",
            "You should not feel bad about missing an OpsGenie alert.",
        ),
        # heldout44_en; a post-mortem's "You should not see required statuses …" tells what
        # the reader will see.
        (
            "You should never commit any credentials to a git repo.",
            "You should not see required statuses in branch protection for skipped jobs.",
        ),
    ],
)
def test_a_prohibition_at_the_reader(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


def test_a_present_tense_in_a_condition_is_a_hypothetical() -> None:
    assert not blocks(
        "Even if the developer hits the wrong button, the responsibility isn't theirs.", "en"
    )


def test_what_users_did_not_take_in_is_no_lapse() -> None:
    """documents10: "folks didn't realise" is about a product's users, no one's omission."""
    assert not blocks(
        "Folks didn't realise that some rooms had explicitly been configured as world-readable.",
        "en",
    )


def test_a_negative_subject_without_letting_us_know() -> None:
    """documents: "no other Organizations had found this problem before without letting us
    know" says nobody did."""
    assert not blocks(
        "To our knowledge no other Organizations had found this problem before without letting "
        "us know.",
        "en",
    )


def test_an_own_slip_with_you_as_its_object_is_a_hint() -> None:
    """heldout34: "I did not realize I was spamming you" is the writer's own."""
    assert hints_only("I did not realize I was spamming you for all the day, I'm so sorry.", "en")


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        (
            "Instead of using an appropriate library, someone wrote code that computed one year "
            "to be the current date plus one year.",  # postmortems_en (danluu's list)
            "Instead of using an appropriate library, the generator wrote code that computed one "
            "year to be the current date plus one year.",
        ),
        ("And they had NO backups!", "And the cluster had NO backups!"),  # heldout52
    ],
)
def test_a_fronted_instead_of_and_no_backups_at_all(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


def test_no_backup_in_a_condition_is_an_instruction() -> None:
    assert not blocks(
        "If you have no backup and your node is not an archive node, wipe the local state.", "en"
    )
    assert hints_only("We had no backups.", "en")


@pytest.mark.parametrize(
    "sentence",
    [
        # heldout18: a hypothetical in the present tense.
        "For example, if a technician mistakenly unplugs the wrong PDU, it could take down "
        "several servers at once.",
        # heldout25: what happened to a patient.
        "A patient at a hospital in Singapore inadvertently received a dose of lignocaine that "
        "was 10 times the intended dose.",
        # heldout41: an agency that did not confirm a report.
        "The agency, however, did not confirm the cat story.",
    ],
)
def test_earlier_false_alarms_in_english(sentence: str) -> None:
    assert not blocks(sentence, "en")


def test_an_aside_naming_who_it_was_not_is_no_negation() -> None:
    check_class(
        "Anyway, one day at the company, someone, not me, mistakenly deleted some files.",
        "Anyway, one day at the company, the sync job mistakenly deleted some files.",
        "en",
    )


def test_a_firm_acting_without_warning_on_our_account() -> None:
    check_class(
        "The vendor locked our account without any warning.",
        "The vendor locked our account after several warnings.",
        "en",
    )
    assert hints_only("We changed our DNS without notice.", "en")
    assert hints_only("It was my fault.", "en")
    assert not blocks(
        "Without warning, the web hosting company I was using went belly-up and shut off "
        "their servers.",
        "en",
    )


def test_teams_in_lowercase_are_people_and_teams_capitalised_a_product() -> None:
    # heldout67_en.tsv: the product name Microsoft Teams kept the plural noun from ever
    # being read as a group.
    check_class(
        "Changes to system administrative and managerial responsibilities resulted in "
        "insufficient oversight of system performance, and IT support teams failed to "
        "recognise a new risk.",
        "Slack and Teams failed to deliver messages.",
        "en",
    )
    # documents21: whose expertise "might have been helpful" is no hindsight about them.
    assert not blocks(
        "Other teams whose expertise might have been helpful were also mostly OOO, so we had "
        "to investigate on our own.",
        "en",
    )


def test_a_line_that_has_been_cut_by_a_crew() -> None:
    # heldout66_en.tsv: the contracted "it's been" is a passive like "it has been".
    check_class(
        "This is what a main line of fiber optic cable looks like when it's been cut by an "
        "unaware construction crew:",
        "This is what a main line of fiber optic cable looks like when it's been cut by the storm:",
        "en",
    )
