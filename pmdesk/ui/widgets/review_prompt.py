"""The calm "did it work?" question about one done action whose review date has come.

It sits in the page, not in a dialog: nobody has to answer before going on, and
"Not now" lets it rest. The host decides which action to ask about and stores the
answer (see `pmdesk.domain.followup.record_review`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.limits import TEXT_MAX_CHARS
from pmdesk.models import ReviewOutcome
from pmdesk.ui.richtext import plain_label
from pmdesk.ui.widgets.text_limits import limit_line_edit

__all__ = ["ReviewPrompt"]


class ReviewPrompt(QFrame):
    """Asks whether one action's success criterion held.

    Signals:
        answered(ReviewOutcome, str): held or not, with the note typed.
        postponed: "Not now".
    """

    answered = Signal(object, str)
    postponed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_prompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.question = plain_label("", self)
        self.question.setObjectName("review_question")
        self.question.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("review_note")
        self.note.setPlaceholderText(self.tr("What you saw (optional), e.g. “no alerts since”"))
        self.note.setAccessibleName(self.tr("Note on whether it worked"))
        limit_line_edit(self.note, TEXT_MAX_CHARS)
        self.held_button = QPushButton(self.tr("It &held"), self)
        self.held_button.setObjectName("review_held")
        self.held_button.clicked.connect(lambda: self._answer(ReviewOutcome.HELD))
        self.not_held_button = QPushButton(self.tr("It did &not hold"), self)
        self.not_held_button.setObjectName("review_not_held")
        self.not_held_button.clicked.connect(lambda: self._answer(ReviewOutcome.DID_NOT_HOLD))
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.later_button.setObjectName("review_later")
        self.later_button.setFlat(True)
        self.later_button.clicked.connect(self.postponed.emit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.held_button)
        buttons.addWidget(self.not_held_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        self.hide()

    def ask(
        self, title: str, criterion: str, review_on: date, waiting: int, where: str = ""
    ) -> None:
        """Show the question about one action; `waiting` counts every question due."""
        self.heading.setText(
            self.tr("Did it work?")
            if waiting <= 1
            else self.tr("Did it work? ({n} actions are waiting for an answer)").format(n=waiting)
        )
        named = f"{where} · {title}" if where else title
        if criterion:
            text = self.tr(
                "“{action}” is done and its review date ({day}) has come. "
                "Did this hold: {criterion}"
            )
        else:
            text = self.tr(
                "“{action}” is done and its review date ({day}) has come. "
                "No success criterion was written down: did it do what it was meant to?"
            )
        self.question.setText(
            text.format(action=named, day=review_on.isoformat(), criterion=criterion)
        )
        self.note.clear()
        self.show()

    def _answer(self, outcome: ReviewOutcome) -> None:
        self.answered.emit(outcome, self.note.text())
