"""Finding the template a finished English text was made from, to translate it."""

from pmdesk.domain.i18n import match_template
from pmdesk.domain.texts import LABELS


def test_the_most_specific_template_wins() -> None:
    # "Action {n}" also makes this text (with n = "3 description"); the German UI would
    # then say "Maßnahme 3 description".
    assert match_template("Action 3 description", LABELS) == (
        "Action {n} description",
        {"n": "3"},
    )
    assert match_template("Action 3", LABELS) == ("Action {n}", {"n": "3"})
    assert match_template("No such label", LABELS) is None
