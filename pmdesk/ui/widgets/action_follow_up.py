"""Following an action through, on the post-mortem's Action items page.

Three parts the page places: the selected action's success criterion and review date
(below its description), the overdue count (beside the other notes), and the calm
"did it work?" question for done actions whose review date has come (above the
table). Every change is an edit on the open document, so it can be undone.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from pmdesk.domain.edits import SetValue
from pmdesk.domain.followup import local_today, overdue_actions, record_review, reviews_due
from pmdesk.domain.limits import TEXT_MAX_CHARS
from pmdesk.models import ActionItem, ReviewOutcome
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.richtext import plain_label
from pmdesk.ui.widgets.date_edits import DayEdit
from pmdesk.ui.widgets.fields import BoundLineEdit, FieldBinding
from pmdesk.ui.widgets.review_prompt import ReviewPrompt

__all__ = ["ActionFollowUp"]

# The day the review-date calendar opens on: a month after the action is due.
REVIEW_AFTER = timedelta(days=30)


class ActionFollowUp(QWidget):
    """The selected action's "how we will know it worked" and review date; with
    `prompt` and `overdue_label`, which the page places where they belong."""

    def __init__(
        self,
        document: PostmortemDocument,
        current_item: Callable[[], ActionItem | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._current_item = current_item
        self._postponed: set[int] = set()

        self.criterion_edit = BoundLineEdit(
            FieldBinding(
                document, current_item, "success_criterion", self.tr("Edit success criterion")
            ),
            self,
            max_chars=TEXT_MAX_CHARS,
        )
        self.criterion_edit.setObjectName("success_criterion")
        self.criterion_edit.setPlaceholderText(
            self.tr("e.g. no pooler exhaustion alert for 30 days")
        )
        self.review_edit = DayEdit(self._default_review_day, self)
        self.review_edit.setObjectName("review_on")
        self.review_edit.setPlaceholderText(self.tr("No review date"))
        self.review_edit.entered.connect(self._review_day_entered)
        self.answer_label = plain_label("", self)
        self.answer_label.setObjectName("review_answer")
        self.answer_label.setWordWrap(True)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&How we will know it worked:"), self.criterion_edit)
        form.addRow(self.tr("Ask whether it worked &on:"), self.review_edit)
        form.addRow("", self.answer_label)

        self.overdue_label = QLabel(parent)
        self.overdue_label.setObjectName("overdue_actions")
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet("color: #c62828;")
        self.prompt = ReviewPrompt(parent)
        self.prompt.answered.connect(self._answer)
        self.prompt.postponed.connect(self._postpone)

    def _default_review_day(self) -> date:
        item = self._current_item()
        due = item.due_on if item is not None else None
        return (due or local_today()) + REVIEW_AFTER

    def _review_day_entered(self, day: object) -> None:
        item = self._current_item()
        if item is None or item.review_on == day:
            return
        self.document.push(SetValue(item, "review_on", day, self.tr("Change review date")))

    def refresh(self) -> None:
        """Show the selected action's follow-up, the overdue count and the question."""
        item = self._current_item()
        self.setEnabled(item is not None)
        self.criterion_edit.refresh()
        stored = item.review_on if item is not None else None
        try:
            shown = self.review_edit.value()
        except ValueError:
            shown = False  # unreadable text: replaced by what is stored
        # Compared first: the edit the user types in re-announces its own value.
        if shown != stored:
            self.review_edit.set_value(stored)
        self.answer_label.setText(self._answer_text(item))
        self.answer_label.setVisible(bool(self.answer_label.text()))

        items = list(self.document.postmortem.action_items)
        today = local_today()
        late = overdue_actions(items, today)
        self.overdue_label.setText(
            ""
            if not late
            else self.tr("1 action item is overdue (its due date is shown in red).")
            if len(late) == 1
            else self.tr("{n} action items are overdue (their due dates are shown in red).").format(
                n=len(late)
            )
        )
        self.overdue_label.setVisible(bool(late))

        waiting = [i for i in reviews_due(items, today) if id(i) not in self._postponed]
        if not waiting or waiting[0].review_on is None:
            self.prompt.hide()
            return
        asked = waiting[0]
        assert asked.review_on is not None
        self.prompt.ask(asked.title, asked.success_criterion, asked.review_on, len(waiting))

    def _answer_text(self, item: ActionItem | None) -> str:
        if item is None or item.review_outcome is None or item.reviewed_at is None:
            return ""
        when = item.reviewed_at.astimezone().strftime("%Y-%m-%d")
        held = item.review_outcome is ReviewOutcome.HELD
        text = (
            self.tr("✓ It held (answered {day} by {who}).")
            if held
            else self.tr("✗ It did not hold (answered {day} by {who}).")
        ).format(day=when, who=item.reviewed_by or "—")
        return f"{text} {item.review_note}".strip()

    def _asked(self) -> ActionItem | None:
        items = list(self.document.postmortem.action_items)
        waiting = [i for i in reviews_due(items, local_today()) if id(i) not in self._postponed]
        return waiting[0] if waiting else None

    def _answer(self, outcome: ReviewOutcome, note: str) -> None:
        item = self._asked()
        if item is None:
            return
        label = self.tr("Record whether the action worked")
        self.document.push(
            record_review(item, outcome, note, getpass.getuser(), datetime.now(UTC), label)
        )

    def _postpone(self) -> None:
        item = self._asked()
        if item is not None:
            self._postponed.add(id(item))
        self.refresh()
