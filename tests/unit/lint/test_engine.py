"""Engine behaviour: spans, suppression, sections, participants, German, fingerprints."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmdesk.errors import UserFacingError
from pmdesk.lint import (
    Finding,
    IncrementalLinter,
    LintContext,
    Participant,
    Section,
    detect_language,
    finding_fingerprint,
    lint,
    load_rules,
)


def rules_of(text: str, **kwargs: object) -> list[str]:
    return [f.rule_id for f in lint(text, **kwargs)]  # type: ignore[arg-type]


# ----------------------------------------------------------------- basics


def test_finding_carries_span_position_and_texts() -> None:
    text = "The deploy went out at 10:02.\nAfter that, Dana forgot to renew the certificate."
    [finding] = lint(text)
    assert isinstance(finding, Finding)
    assert text[finding.start : finding.end] == "forgot"
    assert (finding.line, finding.column) == (2, 18)
    assert (finding.end_line, finding.end_column) == (2, 24)
    assert finding.rule_id == "person_failure.failure_verb"
    assert finding.category == "person_failure"
    assert finding.message
    assert finding.question
    assert finding.suggestion
    assert finding.severity == "warning"
    assert finding.fingerprint


def test_lint_is_deterministic_and_sorted() -> None:
    text = (
        "Root cause: human error. Kevin failed to check the lag.\n\n"
        "Once again, the data team broke the export. Why didn't Dana look at the logs?"
    )
    first = lint(text)
    assert first == lint(text)
    assert [f.start for f in first] == sorted(f.start for f in first)
    assert len(first) == 5


def test_empty_and_clean_text() -> None:
    assert lint("") == []
    assert lint("The health check failed to detect the hung worker.") == []


def test_unknown_language_is_a_user_facing_error() -> None:
    with pytest.raises(UserFacingError):
        lint("text", lang="fr")


def test_detect_language() -> None:
    assert (
        detect_language("Jonas hat vergessen, das Zertifikat zu erneuern, weil der Job nicht lief.")
        == "de"
    )
    assert (
        detect_language("Dana forgot to renew the certificate because the job did not run.") == "en"
    )
    assert detect_language("") == "en"
    assert rules_of("Jonas hat vergessen, das Zertifikat zu erneuern.", lang="auto") == [
        "person_failure.fehlverb"
    ]


# ----------------------------------------------------------------- agents


@pytest.mark.parametrize(
    "text",
    [
        "Dana failed to check the replica before the failover.",
        "Zbigniew failed to check the replica before the failover.",  # a name nobody listed
        "The on-call engineer failed to check the replica.",
        "She failed to check the replica.",
        "Farah's change broke the login flow.",
        "Dana, the on-call engineer, forgot to renew the certificate.",
    ],
)
def test_person_agents_are_flagged(text: str) -> None:
    assert rules_of(text) == ["person_failure.failure_verb"]


@pytest.mark.parametrize(
    "text",
    [
        "The health check failed to detect the hung worker.",
        "The Kafka consumer lost track of its offsets after the rebalance.",
        "PagerDuty missed the escalation because the schedule was empty.",
        "The library bump broke gzip decoding.",
        "The config for the new engineer broke the login flow.",
        "Grafana did not show the panel for the new cluster.",
    ],
)
def test_system_agents_stay_clean(text: str) -> None:
    assert lint(text) == []


def test_team_agent_is_group_blame() -> None:
    assert rules_of("The network team dropped the ball on the firewall change.") == [
        "group_blame.failure_verb"
    ]


def test_counterfactual_versus_action_item() -> None:
    assert rules_of("Priya should have checked the lag.") == ["counterfactual.modal_perfect"]
    assert lint("The deploy tool should ask for confirmation before touching production.") == []
    # The rules read it as a remedy; the learned reader (its own tests) is left out here.
    assert (
        lint(
            "The on-call engineer should have a checklist for this.",
            context=LintContext(learned=False),
        )
        == []
    )


# ----------------------------------------------------------------- suppression


@pytest.mark.parametrize(
    "text",
    [
        "Someone said 'that was careless' and we moved on.",
        "We ran `git blame` and `dana forgot` in the shell.",
        "See https://wiki.example.com/dana-forgot-to-renew for details.",
        "```\nDana forgot to renew the certificate.\n```",
        "Nobody ignored the page; the escalation rule pointed at an empty schedule.",
        "No individual is at fault here.",
        "We no longer accept 'human error' as a finding.",
        "Phrases like should have known were removed from the draft.",
        "It would be easy to say the engineer forgot, but the checklist had no such step.",
        "The node hit a kernel panic after the driver update.",
        "Lazy loading of the settings module delayed startup.",
        "A rogue process consumed all file descriptors.",
        "The insert failed with a unique constraint violation.",
        "Retrain the forecasting model with the corrected data.",
        "Dana did not see the second alert because the phone grouped it under the first.",
    ],
)
def test_suppressed(text: str) -> None:
    assert lint(text) == [], text


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        (
            'The facilitator wrote "Dana forgot to renew the certificate" on the board.',
            "en",
            '"Dana forgot to renew the certificate"',
        ),
        ("the spokesperson blamed “a human mistake”", "en", "“a human mistake”"),
        (
            "Er sagte »das war schlampig« und wir haben darüber gesprochen.",
            "de",
            "»das war schlampig«",
        ),
    ],
)
def test_quoted_blame_is_a_quiet_hint(text: str, lang: str, quote: str) -> None:
    # Blame inside quotation marks never blocks publishing, but is worth a look.
    findings = lint(text, lang=lang)
    assert [(f.rule_id, f.severity, text[f.start : f.end]) for f in findings] == [
        ("quoted_blame.quote", "info", quote)
    ]
    assert lint(text, lang=lang, context=LintContext(hints=False)) == []


def test_german_quotes_suppress() -> None:
    assert lint("Wir akzeptieren „menschliches Versagen“ nicht mehr als Ursache.", lang="de") == []
    # A negated quotation rejects the blame instead of repeating it.
    assert lint("Dieses System ist kein „menschliches Versagen“!", lang="de") == []


# ----------------------------------------------------------------- sections


def test_timeline_lines_are_facts() -> None:
    assert rules_of("Noah did not restart the broker.") == ["person_failure.omission"]
    assert lint("07:31 Noah did not restart the broker.") == []
    assert (
        lint("Noah did not restart the broker.", context=LintContext(section=Section.TIMELINE))
        == []
    )
    # Evaluative wording still counts on a timeline line.
    assert rules_of("07:31 Noah forgot to restart the broker.") == ["person_failure.failure_verb"]


def test_action_items_read_should_and_responsible_differently() -> None:
    action = LintContext(section=Section.ACTION_ITEM)
    assert lint("The release manager should have a rollback plan.", context=action) == []
    assert lint("Owner: Data team, due 30 June.") == []
    assert lint("AI-7: Ana to add a load test for the export endpoint.") == []
    assert rules_of("Action item: remind all engineers to double-check the cluster.") == [
        "person_remedy.sanction"
    ]


def test_markdown_heading_sets_section() -> None:
    text = "# Timeline\n\n- 07:31 Noah did not restart the broker.\n- Noah did not page the DBA."
    assert lint(text) == []


# ----------------------------------------------------------------- participants


def test_participants_strengthen_agent_detection() -> None:
    text = "kyle should have waited for the canary."
    assert lint(text) == []
    people = LintContext(participants=(Participant("Kyle Brown", "SRE", "Platform"),))
    assert rules_of(text, context=people) == ["counterfactual.modal_perfect"]


def test_participant_team_names() -> None:
    text = "Falcon dropped the ball on the schema change."
    # An unknown capitalised word reads as a person; the participant list says it is a team.
    assert rules_of(text) == ["person_failure.failure_verb"]
    teams = LintContext(participants=(Participant("Ana", "developer", "Falcon"),))
    assert rules_of(text, context=teams) == ["group_blame.failure_verb"]


def test_participant_name_beats_tech_lexicon() -> None:
    text = "Jenkins forgot to rotate the key."
    assert lint(text) == []
    people = LintContext(participants=(Participant("Jenkins"),))
    assert rules_of(text, context=people) == ["person_failure.failure_verb"]


# ----------------------------------------------------------------- German


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        (
            "Jonas hätte vor dem Neustart unbedingt die Logs prüfen müssen.",
            "counterfactual.konjunktiv",
        ),
        (
            "Hätte Katrin die Replikation geprüft, wäre nichts passiert.",
            "counterfactual.konjunktiv",
        ),
        ("Der Alarm kam, weil Petra den Cache nicht geleert hatte.", "person_failure.unterlassung"),
        ("Tim legte mit seinem Push die Zahlungs-API lahm.", "person_failure.fehlverb"),
        ("Das war ein typischer Anfängerfehler.", "character.etikett"),
        ("Der Cowboy-Deploy am Freitag hat alles durcheinandergebracht.", "character.etikett"),
        ("Der Ausfall wurde durch einen Bedienfehler verursacht.", "human_error.etikett"),
    ],
)
def test_german_morphology(text: str, rule_id: str) -> None:
    assert rule_id in rules_of(text, lang="de")


@pytest.mark.parametrize(
    "text",
    [
        "Der Failover hätte laut Design innerhalb einer TTL greifen sollen.",
        "Der Healthcheck hat den hängenden Worker nicht erkannt.",
        "Tom hat den Alarm nicht gesehen, weil das Telefon ihn gruppiert hatte.",
        "Maßnahme: Anna ergänzt einen Lasttest für den Export-Endpunkt.",
        "Niemand trägt Schuld an dem abgelaufenen Token.",
    ],
)
def test_german_clean(text: str) -> None:
    assert lint(text, lang="de") == []


# ----------------------------------------------------------------- fingerprints


def test_fingerprint_survives_edits_elsewhere() -> None:
    base = "Kevin failed to check the replication lag.\n\nThe failover took ten minutes."
    [before] = lint(base)
    edited = "Summary first.\n\nNew intro sentence here. " + base.replace("ten", "twelve")
    [after] = lint(edited)
    assert after.start != before.start
    assert after.fingerprint == before.fingerprint
    assert finding_fingerprint(edited, after) == after.fingerprint
    assert finding_fingerprint(base, before) == before.fingerprint


def test_a_quoted_hint_keeps_its_fingerprint_when_another_sentence_of_its_paragraph_changes() -> (
    None
):
    # Found by Hypothesis: the quote's fingerprint hashed the whole paragraph, so acknowledging
    # it did not survive an edit to the sentence beside it, and it disagreed with
    # finding_fingerprint.
    base = 'The outage began at noon. The manager said "Kevin forgot to renew it".'
    [before] = lint(base)
    edited = base.replace("at noon", "at 12:05")
    [after] = lint(edited)
    assert before.rule_id == after.rule_id == "quoted_blame.quote"
    assert after.fingerprint == before.fingerprint
    assert finding_fingerprint(edited, after) == after.fingerprint


@pytest.mark.parametrize(
    "sentence",
    [
        "We found that the outage was caused by Kevin.",
        "We believe the outage was caused by Kevin's change.",
        "I think Kevin forgot to renew the certificate.",
        "We noticed the engineer forgot to renew the certificate.",
        # One person singled out of the writer's side is that person, not the writer.
        "Our on-call engineer forgot to renew the certificate.",
    ],
)
def test_a_writer_who_reports_someone_elses_act_is_not_admitting_it(sentence: str) -> None:
    [finding] = lint(sentence)
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    ("sentence", "lang", "severity"),
    [
        # The examples issue 16 gives of real blame.
        ("He had no business touching that switch.", "en", "warning"),
        ("He had “no business touching that switch”.", "en", "info"),
        ("It was half-baked work by the platform team.", "en", "warning"),
        ("Wer war das?", "de", "warning"),
        ("Liest eigentlich irgendwer die Logfiles?", "de", "warning"),
        # Blame assigned to someone, in either language.
        ("The report faults the engineer for the outage.", "en", "warning"),
        ("The company holds the contractor responsible for the outage.", "en", "warning"),
        ("We hold ourselves responsible for the outage.", "en", "info"),
        ("Der Bericht gibt dem Fahrdienstleiter die Schuld.", "de", "warning"),
        ("Die Schuld wird dem Praktikanten zugeschoben.", "de", "warning"),
    ],
)
def test_the_issues_examples_are_found_in_their_tier(
    sentence: str, lang: str, severity: str
) -> None:
    assert [f.severity for f in lint(sentence, lang=lang)] == [severity]


def test_an_aside_between_dashes_that_ends_the_sentence_is_linted_without_a_crash() -> None:
    # An aside that closed the sentence left a cue in it with no token to be at (IndexError).
    [finding] = lint("Kevin left – he forgot the tests –")
    assert finding.rule_id == "person_failure.failure_verb"


def test_it_looks_like_names_the_doer_after_it() -> None:
    [finding] = lint("It looks like someone may have forgotten to call before digging.")
    assert finding.severity == "warning"
    assert lint("It looks like the cron job may have forgotten its schedule.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I forgot to renew the certificate.",
        "When I paged Kevin, I forgot to mention the disk.",
        "We forgot to renew the certificate, so the API went down.",
        "The root cause was a refactoring we introduced in the file viewer.",
    ],
)
def test_the_writers_own_act_stays_a_hint(sentence: str) -> None:
    assert [f.severity for f in lint(sentence)] == ["info"]


def test_a_german_passive_names_its_doer_before_the_verb() -> None:
    [finding] = lint("Wir glauben, dass der Ausfall von Kevin verursacht wurde.", lang="de")
    assert finding.severity == "warning"
    assert lint("Der Stromausfall war von Bauarbeiten verursacht worden.", lang="de") == []


def test_fingerprint_changes_with_the_sentence() -> None:
    [one] = lint("Kevin failed to check the replication lag.")
    [two] = lint("Kevin failed to check the disk usage.")
    assert one.fingerprint != two.fingerprint


# ----------------------------------------------------------------- incremental


def test_incremental_equals_full_lint() -> None:
    paragraphs = [
        "# Timeline",
        "- 07:31 Noah did not restart the broker.",
        "Kevin failed to check the replication lag. The health check failed to detect it.",
        "Root cause: human error.",
        "Action item: remind all engineers to double-check the cluster.",
    ]
    editor = IncrementalLinter()
    for step in range(len(paragraphs) + 3):
        if step < len(paragraphs):
            text = "\n\n".join(paragraphs[: step + 1])
        else:
            paragraphs[2] = paragraphs[2] + f" Dana forgot step {step}."
            text = "\n\n".join(paragraphs)
        assert editor.update(text) == lint(text)


def test_incremental_reuses_unchanged_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    from pmdesk.lint import _engine

    text = "\n\n".join(f"Paragraph {i}: Dana forgot step {i}." for i in range(20))
    editor = IncrementalLinter()
    editor.update(text)
    calls: list[str] = []
    original = _engine._Analyser.paragraph

    def counting(
        self: _engine._Analyser, paragraph: str, section: Section, *, learned: bool = True
    ) -> object:
        calls.append(paragraph)
        return original(self, paragraph, section, learned=learned)

    monkeypatch.setattr(_engine._Analyser, "paragraph", counting)
    edited = text.replace("step 5.", "step 5, again.")
    assert editor.update(edited) == lint(edited)
    assert calls[0] == "Paragraph 5: Dana forgot step 5, again."
    assert len([c for c in calls if c.startswith("Paragraph")]) == 1 + 20  # one re-lint + full lint


def test_incremental_with_german_auto_detection() -> None:
    editor = IncrementalLinter(lang="auto")
    text = "Jonas hat vergessen, das Zertifikat zu erneuern, weil er nicht daran dachte."
    assert editor.update(text) == lint(text, lang="de")


# ----------------------------------------------------------------- organisation packs


def test_org_pack_disables_rules_adds_teams_and_severity(tmp_path: Path) -> None:
    folder = tmp_path / "lint"
    folder.mkdir()
    (folder / "acme.toml").write_text(
        'disable = ["person_failure"]\n'
        '[severity]\n"hindsight" = "info"\n'
        '[words]\nteam_names = ["Falcon"]\njudgmental = ["goose"]\n',
        encoding="utf-8",
    )
    rules = load_rules(tmp_path)
    context = LintContext(rules=rules)
    assert lint("Dana forgot to renew the certificate.", context=context) == []
    assert rules_of("Falcon dropped the ball on the change.", context=context) == [
        "group_blame.failure_verb"
    ]
    [hindsight] = lint("It was obvious that the disk would fill up.", context=context)
    assert hindsight.severity == "info"
    assert rules_of("That deploy was a goose move.", context=context) == ["org.judgmental"]
    # The bundled packs are untouched.
    assert rules_of("Dana forgot to renew the certificate.") == ["person_failure.failure_verb"]


def test_org_pack_errors_are_user_facing(tmp_path: Path) -> None:
    folder = tmp_path / "lint"
    folder.mkdir()
    (folder / "broken.toml").write_text("disable = [", encoding="utf-8")
    with pytest.raises(UserFacingError, match="not valid TOML"):
        load_rules(tmp_path)
    (folder / "broken.toml").write_text(
        '[[rules]]\nid = "x.y"\ncategory = "culprit"\ncues = ["a"]\npatterns = ["("]\n'
        'message = "m"\nquestion = "q"\n',
        encoding="utf-8",
    )
    with pytest.raises(UserFacingError, match="not valid"):
        load_rules(tmp_path)


def test_load_rules_is_cached() -> None:
    assert load_rules() is load_rules()
    assert load_rules().pack("en").lang == "en"


def test_chat_log_lines_are_separate_sentences() -> None:
    chat = (
        "[10:09] tom: who pushed the proxy change this morning??\n"
        "[10:10] sofia: it was the pool tuning PR, merged 09:41\n"
        "[10:41] priya: sorry, I should have checked the rendered config\n"
        "[10:42] marek: the rollback is running"
    )
    found = [(f.line, f.rule_id) for f in lint(chat)]
    assert found == [(1, "accusatory_question.who"), (3, "counterfactual.modal_perfect")]


def test_a_german_date_does_not_end_the_sentence() -> None:
    from pmdesk.lint._engine import _sentences

    text = "Am Dienstag, 28. Februar, fiel der Server aus. Danach lief er wieder."
    assert [text[begin:end] for begin, end in _sentences(text)] == [
        "Am Dienstag, 28. Februar, fiel der Server aus.",
        "Danach lief er wieder.",
    ]


def test_several_findings_of_one_rule_in_one_sentence() -> None:
    text = "Dana forgot the backup and Kevin forgot the restore test."
    assert rules_of(text) == ["person_failure.failure_verb", "person_failure.failure_verb"]


def test_they_takes_its_class_from_the_antecedent() -> None:
    assert lint("The pods restarted, and they failed to rejoin the cluster.") == []
    assert rules_of("The engineers were paged, and they failed to respond.") == [
        "person_failure.failure_verb"
    ]


def test_crlf_paragraphs_and_positions() -> None:
    text = "Dana forgot to renew the cert.\r\n\r\nKevin failed to check the lag.\r\n"
    assert [(f.line, f.column) for f in lint(text)] == [(1, 6), (3, 7)]


def test_run_on_text_stays_linear() -> None:
    import time

    chunk = "Dana forgot the cert, the team failed to check, nobody ignored the alert, "
    text = chunk * 2000  # ~30,000 words, no sentence end at all
    started = time.process_time()
    findings = lint(text)
    assert time.process_time() - started < 5
    assert findings
    assert all(text[f.start : f.end].strip() for f in findings)


def test_repetition_marker_needs_a_failure_and_table_cells_are_separate() -> None:
    assert lint("Support confirms merchants can check out again.") == []
    assert lint("Das Team hat wie immer um 9 Uhr das Standup gemacht.", lang="de") == []
    row = "| 10:07 | Support | Merchants can check out again | 214 failed attempts |"
    assert lint(row) == []
    assert rules_of("The data team broke the nightly export again.") == [
        "group_blame.failure_verb",
        "group_blame.repeat",
    ]


# ----------------------------------------------------------------- real writing (issue 16)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Who typed that command?", "en"),
        ("Who ran this?", "en"),
        ("who clicked that button again?", "en"),
        ("Wer hat den Befehl eingegeben?", "de"),
        ("Wer hat das Flag umgeschaltet?", "de"),
    ],
)
def test_who_question_about_the_person_behind_an_action_whatever_the_verb(
    text: str, lang: str
) -> None:
    assert [f.category for f in lint(text, lang=lang)] == ["accusatory_question"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Who else was online at that point?", "en"),
        ("Who fixed that bug?", "en"),
        ("Wer hat Zugriff dafür?", "de"),
        ("Wer hat den Incident geleitet?", "de"),
    ],
)
def test_neutral_who_questions_stay_clean(text: str, lang: str) -> None:
    assert lint(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("What could have gone better", "en"),
        ("Why did this happen?", "en"),
        ("What measures have you taken to mitigate human mistakes?", "en"),
        ("Was hätte besser laufen können?", "de"),
        ("A dedicated incident commander could have helped.", "en"),
        ("Developers shouldn't have write privileges for production databases.", "en"),
        ("We did not load-test the new index before the rollout.", "en"),
        ("unauthorised access attempt", "en"),
    ],
)
def test_template_questions_process_counterfactuals_and_plain_facts_stay_clean(
    text: str, lang: str
) -> None:
    assert lint(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "severity"),
    [
        ("Dana should have checked the replica lag.", "en", "warning"),
        ("I should have checked the replica lag.", "en", "info"),
        ("my bad, that one is entirely on me", "en", "info"),
        ("It was claimed a worker had inadvertently shut off the power.", "en", "info"),
        ("Jonas hat vergessen, das Zertifikat zu verlängern.", "de", "warning"),
        ("Ich habe vergessen, das Zertifikat zu verlängern.", "de", "info"),
        ("Er sagte, der Kollege habe den Server versehentlich neu gestartet.", "de", "info"),
    ],
)
def test_admissions_and_reported_blame_are_quiet_hints(text: str, lang: str, severity: str) -> None:
    findings = lint(text, lang=lang)
    assert findings
    assert {f.severity for f in findings} == {severity}
    quiet = lint(text, lang=lang, context=LintContext(hints=False))
    assert quiet == ([] if severity == "info" else findings)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("One of the admins neglected to renew the certificate.", "en"),
        ("An operator removed the wrong volume by accident.", "en"),
        ("A technician was responsible for unplugging the storage array.", "en"),
        ("This ought to have been spotted before the release.", "en"),
        (
            "However, it became anything but routine when he mistakenly deleted the state data.",
            "en",
        ),
        ("They took down most servers due to the typo within the command.", "en"),
        (
            "Die Ursache war menschliches Versagen, wegen menschlichen Versagens fiel alles aus.",
            "de",
        ),
        ("Verantwortlich: ein einzelner Kollege!", "de"),
        ("Die Warnungen kümmert keinen.", "de"),
        ("Sie drückte versehentlich auf den Button »Allen antworten«.", "de"),
        ("The outage, like most outages, was caused by humans.", "en"),
        ("He was authorized to be on site but not to disconnect the power supply.", "en"),
        ("Ein Fahrdienstleiter hat einen Fehler begangen.", "de"),
        ("Der Admin hat den falschen Knopf gedrückt.", "de"),
        ("Er war vorschriftswidrig mit seinem Smartphone beschäftigt.", "de"),
        ("Vermutlich war er längere Zeit von seinen Aufgaben abgelenkt.", "de"),
    ],
)
def test_blame_as_real_people_write_it_blocks(text: str, lang: str) -> None:
    assert any(f.severity == "warning" for f in lint(text, lang=lang)), text
