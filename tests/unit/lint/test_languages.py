"""Mixed documents: a paragraph clearly written in the other language is linted with
that language's rules; a few words of the other language (a name, a quoted phrase) are
not enough to switch."""

from __future__ import annotations

from pmdesk.lint import IncrementalLinter, LintContext, detect_language, lint
from pmdesk.lint._engine import paragraph_language

ENGLISH_WITH_GERMAN_CHAT = (
    "During the failover the on-call engineer pasted the team chat into the review.\n\n"
    "> Jonas: Wer hat den Befehl eingegeben? Der Kollege hat mal wieder geschlampt.\n\n"
    "Obviously nobody read the runbook."
)
GERMAN_WITH_ENGLISH_CHAT = (
    "Im Chat schrieb der Dienstleister auf Englisch:\n\n"
    "Who typed that command? Bob forgot to renew the certificate.\n\n"
    "Danach wurde das Zertifikat erneuert, und der Dienst lief wieder."
)


def found(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.rule_id)
        for f in lint(text, **kwargs)  # type: ignore[arg-type]
    ]


def test_an_english_post_mortem_quoting_a_german_chat_finds_the_german_blame() -> None:
    assert found(ENGLISH_WITH_GERMAN_CHAT, lang="en") == [
        ("Wer hat den Befehl eingegeben", "accusatory_question.wer"),
        ("geschlampt", "person_failure.fehlverb"),
        ("nobody read", "person_failure.nobody"),
    ]
    assert detect_language(ENGLISH_WITH_GERMAN_CHAT) == "en"
    assert found(ENGLISH_WITH_GERMAN_CHAT, lang="auto") == found(ENGLISH_WITH_GERMAN_CHAT)


def test_a_german_post_mortem_quoting_english_finds_the_english_blame() -> None:
    assert found(GERMAN_WITH_ENGLISH_CHAT, lang="de") == [
        ("Who typed that command", "accusatory_question.who_did"),
        ("forgot", "person_failure.failure_verb"),
    ]
    assert found(GERMAN_WITH_ENGLISH_CHAT, lang="auto") == found(
        GERMAN_WITH_ENGLISH_CHAT, lang="de"
    )


def test_the_editor_lints_mixed_paragraphs_as_a_whole_lint_does() -> None:
    editor = IncrementalLinter(lang="en")
    assert editor.update(ENGLISH_WITH_GERMAN_CHAT) == lint(ENGLISH_WITH_GERMAN_CHAT, lang="en")
    # An edit elsewhere keeps the German paragraph's findings.
    edited = ENGLISH_WITH_GERMAN_CHAT.replace("Obviously nobody", "Nobody")
    assert editor.update(edited) == lint(edited, lang="en")
    assert "accusatory_question.wer" in {f.rule_id for f in editor.update(edited)}


def test_mixed_languages_off_lints_every_paragraph_in_the_language_asked_for() -> None:
    one_language = LintContext(mixed_languages=False)
    assert found(ENGLISH_WITH_GERMAN_CHAT, lang="en", context=one_language) == [
        ("nobody read", "person_failure.nobody")
    ]


def test_a_few_words_of_the_other_language_do_not_switch_a_paragraph() -> None:
    assert paragraph_language("Jürgen Müller restarted the primary at 10:02.", "en") == "en"
    assert paragraph_language("The operator wrote „das war nicht ich“ in the chat.", "en") == "en"
    assert paragraph_language("Der Rollback auf das alte Release hat geholfen.", "en") == "de"
    assert paragraph_language("Das war ich.", "en") == "de"
    assert paragraph_language("Okay, danke.", "en") == "en"  # too little to tell
    assert paragraph_language("Who did that?", "de") == "en"
    assert paragraph_language("Wir haben das Deployment über die CI gestartet.", "de") == "de"
    assert found("Jürgen forgot to renew the certificate.", lang="en") == [
        ("forgot", "person_failure.failure_verb")
    ]


def test_a_short_paragraph_without_a_word_of_the_texts_language_is_the_other_language() -> None:
    # Four German words open their paragraph with a capital: the glance words had needed a
    # space before them, and one marker was too few.
    text = "We found that the outage was caused by Kevin.\n\nDas war sein Fehler."
    assert found(text, lang="en") == [
        ("caused by", "culprit.caused_by"),
        ("sein Fehler", "culprit.possessiv"),
    ]
    assert paragraph_language("Das Boot.", "en") == "de"
    # A German name in an English sentence still does not switch it.
    assert paragraph_language("Das Keyboard makes the keyboards we use.", "en") == "en"


def test_a_short_german_sentence_without_the_commonest_words_is_german() -> None:
    # "den" and "ein" are the only German function words in it; the first glance had looked
    # for "der", "und", "ist" … only, and the sentence was read as English (no finding).
    sentence = "Ein Techniker schaltete versehentlich den falschen Server ab."
    assert paragraph_language(sentence, "en") == "de"
    assert ("schaltete versehentlich den falschen Server", "person_failure.fehlverb") in found(
        "The database failed over at 09:02.\n\n" + sentence, lang="en"
    )
    assert paragraph_language("We met the team in Den Haag with a laptop.", "en") == "en"


def test_a_line_in_the_other_language_under_a_paragraph_is_read_in_its_language() -> None:
    # In a text field a new line ends a paragraph for the person typing, but not for the
    # Markdown reader; the German line must be found by both (the editor reads it alone).
    english = (
        "On 14 October the primary checkout database ran out of disk space because WAL "
        "archiving had been failing for three days."
    )
    german = "Mit dem Datenschutz nimmt es die Arbeitsagentur offenbar nicht sehr genau."
    text = f"{english}\n{german}"
    assert found(text, lang="en") == [
        ("nimmt es die Arbeitsagentur offenbar nicht sehr genau", "group_blame.team")
    ]
    assert IncrementalLinter(lang="en").update(text) == lint(text, lang="en")
    # The German finding's offsets are the text's, not the line's.
    (finding,) = lint(text, lang="en")
    assert finding.start == len(english) + 1 + german.index("nimmt")
    # Lines in one language stay one paragraph (a hard-wrapped sentence is read whole).
    wrapped = "The contractor was\nincompetent."
    assert found(wrapped, lang="en") == [("incompetent", "character.label")]


def test_a_sentence_in_the_other_language_inside_a_paragraph_is_read_in_its_language() -> None:
    # A German sentence typed between English ones on one line: the paragraph and the line
    # are English, so the sentence was read by the English rules and passed.
    english = "The failover finished at 09:14 and service recovered. "
    text = english + "Das war sein Fehler. We then rotated the keys."
    assert found(text, lang="en") == [("sein Fehler", "culprit.possessiv")]
    (finding,) = lint(text, lang="en")
    assert finding.start == len(english) + len("Das war ")
    assert IncrementalLinter(lang="en").update(text) == lint(text, lang="en")
    # The same in a German text: an English paragraph with a German sentence in it.
    assert found(text, lang="de") == [("sein Fehler", "culprit.possessiv")]
    # And the reverse: an English question inside a German paragraph of a German text.
    german = "Der Dienst lief um 10 Uhr wieder. Who typed that command? Danach lief alles."
    assert found(german, lang="de") == [("Who typed that command", "accusatory_question.who_did")]
    # English sentences with a German name or word in them stay English.
    calm = "The failover finished at 09:14. Das Keyboard makes the keyboards we use."
    assert found(calm, lang="en") == []
