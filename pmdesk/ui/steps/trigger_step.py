"""Trigger check: the policy's questions, the live verdict with its reasons, an override."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.edits import Edit
from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.timeline import TimesTracker
from pmdesk.domain.trigger import (
    OVERRIDE_LABELS_CONTEXT,
    Outage,
    OutageSource,
    OverrideChange,
    TriggerPolicy,
    answer_edit,
    is_stale,
    outage_of,
    override_chosen,
    override_reason_written,
    trigger_answers,
    verdict_edit,
)
from pmdesk.models import KeyMoment, TriggerAssessment, Verdict
from pmdesk.ui.core_texts import localized_number, translated_reason
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.richtext import plain_label
from pmdesk.ui.steps import LintableEditor, StepPage
from pmdesk.ui.widgets.fields import (
    BoundComboBox,
    BoundDoubleSpinBox,
    BoundSpinBox,
    FieldBinding,
)
from pmdesk.ui.widgets.text_limits import LimitedPlainTextEdit

__all__ = ["TriggerStep", "VerdictBanner", "verdict_colors"]


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def verdict_colors(verdict: Verdict | None, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Background, border and text colours of the verdict banner for `palette`.

    Semantic, calm colours: a soft tint with a strong edge, readable on light and dark.
    """
    dark = _is_dark(palette)
    hues = {
        Verdict.MANDATORY: ("#fbe3e1", "#b3261e", "#5c1410", "#3d1a18", "#f2b8b5", "#ffdad6"),
        Verdict.RECOMMENDED: ("#fdf0d5", "#a86400", "#4d2e00", "#3b2d12", "#f5c56b", "#ffe3b0"),
        Verdict.NOT_REQUIRED: ("#e0f2e5", "#2e7d4f", "#0f3d23", "#17301f", "#8fd3a8", "#c9f0d6"),
    }
    if verdict is None:
        window = palette.color(QPalette.ColorRole.AlternateBase)
        mid = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.WindowText)
        return window, mid, text
    light_bg, light_edge, light_text, dark_bg, dark_edge, dark_text = hues[verdict]
    if dark:
        return QColor(dark_bg), QColor(dark_edge), QColor(dark_text)
    return QColor(light_bg), QColor(light_edge), QColor(light_text)


class VerdictBanner(QFrame):
    """The verdict in words, with every reason, in the verdict's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Verdict"))
        self.title_label = QLabel(self)
        self.title_label.setObjectName("verdict_title")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.reasons_label = plain_label(parent=self)
        self.reasons_label.setObjectName("verdict_reasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.reasons_label)
        self.verdict: Verdict | None = None

    def show_verdict(self, verdict: Verdict | None, title: str, reasons: list[str]) -> None:
        self.verdict = verdict
        self.title_label.setText(title)
        self.reasons_label.setText("\n".join(f"•  {reason}" for reason in reasons))
        self.reasons_label.setVisible(bool(reasons))
        self.setAccessibleDescription(f"{title}. {' '.join(reasons)}")
        self.apply_colors()

    def apply_colors(self) -> None:
        # The window's palette, not our own: the style sheet below changes ours.
        background, edge, text = verdict_colors(self.verdict, self.window().palette())
        sheet = (
            f"QFrame#verdict_banner {{ background: {background.name()}; "
            f"border: 1px solid {edge.name()}; border-left: 6px solid {edge.name()}; "
            f"border-radius: 6px; }}"
            f"QFrame#verdict_banner QLabel {{ color: {text.name()}; background: transparent; }}"
        )
        # Re-polishing is costly, and this runs after every edit: only when it changed.
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)


# Undo step names, translated where they are shown (TriggerStep.tr).
_ANSWER_LABELS: dict[str, str] = {
    "data_loss": str(QT_TRANSLATE_NOOP("TriggerStep", "Answer data loss")),
    "outage_minutes": str(QT_TRANSLATE_NOOP("TriggerStep", "Answer outage duration")),
    "severity": str(QT_TRANSLATE_NOOP("TriggerStep", "Answer severity")),
    "customers_affected": str(QT_TRANSLATE_NOOP("TriggerStep", "Answer customer impact")),
    "security_impact": str(QT_TRANSLATE_NOOP("TriggerStep", "Answer security impact")),
    "slo_budget_burned_pct": str(QT_TRANSLATE_NOOP("TriggerStep", "Answer SLO budget burned")),
}


class _OutageBinding(FieldBinding):
    """The outage the check uses: the facilitator's own figure, else the measured one."""

    def __init__(self, page: TriggerStep, label: str) -> None:
        super().__init__(
            page.document, page.assessment, "outage_minutes", label, make_edit=page.answer_edit
        )
        self.page = page

    def value(self) -> Any:
        return self.page.outage.minutes

    def set_value(self, value: Any) -> None:
        if value != self.value():
            self.document.push(self.page.answer_edit(self.target, self.attribute, value))


class TriggerStep(StepPage):
    """Does this incident need a formal post-mortem? The answers give the verdict live.

    Every answer is stored together with the verdict and reasons it gives, as one edit;
    the first answer creates the assessment. The severity is the post-mortem's own (the
    Incident step shows and changes the same field), and the outage is measured on the
    timeline unless the facilitator gives another figure, which then shows as entered by
    hand. When those facts change elsewhere, the stored verdict follows them. An override
    needs a reason: choosing one without a reason is held back (and says why) until a
    reason is written.
    """

    def __init__(
        self,
        document: PostmortemDocument,
        policy: TriggerPolicy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(document, parent)
        self.policy = policy
        # An override chosen but not stored yet because it has no reason.
        self._pending_override: Verdict | None = None
        self._shown_assessment: TriggerAssessment | None = None
        pm = document.postmortem
        self.times = TimesTracker(pm)
        self.outage: Outage = outage_of(pm, self.times.metrics)
        self._build_answers()
        questions = self._build_questions()
        self.banner = VerdictBanner(self)
        override_box = self._build_override()
        self._build_stale_row()
        self._lay_out(questions, override_box)
        self._set_tab_order()
        # A verdict made under an earlier policy is left for the facilitator to re-check,
        # as long as the facts stay as they were when the post-mortem was opened.
        self._answers_at_open = trigger_answers(pm, self.outage)
        self._was_stale_at_open = self.is_stale()
        self._connect_signals()
        self.refresh()

    def _build_answers(self) -> None:
        """An editor for each of the policy's questions, bound to the assessment's answer."""
        pm = self.document.postmortem

        def answer(attribute: str) -> FieldBinding:
            return FieldBinding(
                self.document,
                self.assessment,
                attribute,
                self.tr(_ANSWER_LABELS[attribute]),
                make_edit=self.answer_edit,
            )

        yes_no = [
            (self.tr("Not answered"), None),
            (self.tr("Yes"), True),
            (self.tr("No"), False),
        ]
        self.data_loss_combo = BoundComboBox(answer("data_loss"), yes_no, self)
        self.outage_spin = BoundSpinBox(
            _OutageBinding(self, self.tr(_ANSWER_LABELS["outage_minutes"])),
            0,
            100_000,
            self.tr("Not answered"),
            self,
        )
        self.outage_spin.setSuffix(self.tr(" min"))
        self.outage_source_label = QLabel(self)
        self.outage_source_label.setObjectName("outage_source")
        self.outage_source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.outage_source_label.setWordWrap(True)
        self.use_measured_button = QPushButton(self)
        self.use_measured_button.setToolTip(
            self.tr("Remove the figure entered by hand and use the measured outage.")
        )
        # The post-mortem's own severity: the Incident step shows and changes it too.
        self.severity_combo = BoundComboBox(
            FieldBinding(
                self.document,
                pm,
                "severity",
                self.tr(_ANSWER_LABELS["severity"]),
                make_edit=self.answer_edit,
            ),
            [(self.tr("Not answered"), None)]
            + [(self.tr("SEV {n}").format(n=n), n) for n in range(1, 6)],
            self,
        )
        self.customers_combo = BoundComboBox(answer("customers_affected"), yes_no, self)
        self.security_combo = BoundComboBox(answer("security_impact"), yes_no, self)
        self.slo_spin = BoundDoubleSpinBox(
            answer("slo_budget_burned_pct"), 0.0, 1000.0, self.tr("Not answered"), self
        )
        self.slo_spin.setSuffix(" %")

    def _build_questions(self) -> QGroupBox:
        """The questions, each with the policy's rule beside it."""
        questions = QGroupBox(self.tr("The policy's questions"), self)
        form = QFormLayout(questions)
        # The fields take the row's width, so that the policy's rule beside each answer
        # wraps there (German rules are long) instead of widening the page.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget, name, tip in self._question_rows():
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            widget.setMinimumWidth(180)
            field = QWidget(self)
            field_layout = QHBoxLayout(field)
            field_layout.setContentsMargins(0, 0, 0, 0)
            field_layout.addWidget(widget)
            if tip:
                widget.setToolTip(tip)
                widget.setAccessibleDescription(tip)
                hint = QLabel(tip, field)
                hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                hint.setWordWrap(True)
                field_layout.addSpacing(12)
                field_layout.addWidget(hint, 1)
            else:
                field_layout.addStretch(1)
            form.addRow(label, field)
            if widget is self.outage_spin:
                # Where the figure comes from, under it.
                source = QWidget(self)
                source_layout = QHBoxLayout(source)
                source_layout.setContentsMargins(0, 0, 0, 0)
                source_layout.addWidget(self.outage_source_label, 1)
                source_layout.addWidget(self.use_measured_button)
                form.addRow("", source)
        return questions

    def _question_rows(self) -> list[tuple[str, QWidget, str, str]]:
        severity_hint, slo_hint = self._policy_hints()
        # The policy's rule beside each question, so the room sees why the verdict moves.
        return [
            (
                self.tr("Was &data lost?"),
                self.data_loss_combo,
                self.tr("Data lost"),
                self.tr("Data that could not be recovered: mandatory.")
                if self.policy.data_loss_mandatory
                else "",
            ),
            (
                self.tr("How long was the &outage?"),
                self.outage_spin,
                self.tr("Outage duration in minutes"),
                self.tr("Over {minutes} minutes: mandatory.").format(
                    minutes=localized_number(str(self.policy.outage_threshold_minutes))
                ),
            ),
            (
                self.tr("&Severity"),
                self.severity_combo,
                self.tr("Severity"),
                severity_hint,
            ),
            (
                self.tr("Were &customers affected?"),
                self.customers_combo,
                self.tr("Customers affected"),
                self.tr("Customer impact: recommended.")
                if self.policy.customer_impact_recommended
                else "",
            ),
            (
                self.tr("Was security or &privacy affected?"),
                self.security_combo,
                self.tr("Security or privacy affected"),
                self.tr("Security or privacy impact: mandatory.")
                if self.policy.security_incidents_mandatory
                else "",
            ),
            (
                self.tr("SLO error &budget burned"),
                self.slo_spin,
                self.tr("SLO error budget burned, percent"),
                slo_hint,
            ),
        ]

    def _policy_hints(self) -> tuple[str, str]:
        """The policy's rules for the severity and for the SLO budget burned."""
        verdict_names = {
            Verdict.MANDATORY: self.tr("mandatory"),
            Verdict.RECOMMENDED: self.tr("recommended"),
            Verdict.NOT_REQUIRED: self.tr("not required"),
        }
        severity_rules = []
        if self.policy.mandatory_severities:
            severity_rules.append(
                self.tr("SEV {list}: mandatory").format(
                    list=", ".join(map(str, self.policy.mandatory_severities))
                )
            )
        if self.policy.recommended_severities:
            severity_rules.append(
                self.tr("SEV {list}: recommended").format(
                    list=", ".join(map(str, self.policy.recommended_severities))
                )
            )
        severity_hint = self.tr("SEV 1 is the most severe.")
        if severity_rules:
            severity_hint += " " + "; ".join(severity_rules) + "."
        slo_hint = ""
        if self.policy.slo_budget_threshold_pct is not None:
            slo_hint = self.tr("{pct} % or more: {verdict}.").format(
                pct=localized_number(f"{self.policy.slo_budget_threshold_pct:g}"),
                verdict=verdict_names[self.policy.slo_budget_verdict],
            )
        return severity_hint, slo_hint

    def _build_override(self) -> QGroupBox:
        """The verdict chosen instead of the policy's, and the reason for it."""
        self.override_combo = QComboBox(self)
        self.override_values: list[Verdict | None] = [
            None,
            Verdict.MANDATORY,
            Verdict.RECOMMENDED,
            Verdict.NOT_REQUIRED,
        ]
        for choice in (
            self.tr("Use the policy's verdict"),
            self.tr("Mandatory"),
            self.tr("Recommended"),
            self.tr("Not required"),
        ):
            self.override_combo.addItem(choice)
        self.override_combo.setAccessibleName(self.tr("Override verdict"))
        self.override_reason_edit = LimitedPlainTextEdit(self)
        self.override_reason_edit.setAccessibleName(self.tr("Override reason"))
        self.override_reason_edit.setPlaceholderText(
            self.tr("Why the policy's verdict does not fit this incident.")
        )
        self.override_reason_edit.setUndoRedoEnabled(False)
        self.override_reason_edit.setTabChangesFocus(True)
        self.override_reason_edit.setMaximumHeight(90)
        self.override_problem_label = QLabel(self)
        self.override_problem_label.setObjectName("override_problem")
        self.override_problem_label.setWordWrap(True)
        self.override_problem_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        override_box = QGroupBox(self.tr("Override"), self)
        override_form = QFormLayout(override_box)
        override_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        combo_label = QLabel(self.tr("Verdic&t"), self)
        combo_label.setBuddy(self.override_combo)
        reason_label = QLabel(self.tr("&Reason"), self)
        reason_label.setBuddy(self.override_reason_edit)
        override_form.addRow(combo_label, self.override_combo)
        override_form.addRow(reason_label, self.override_reason_edit)
        override_form.addRow("", self.override_problem_label)
        return override_box

    def _build_stale_row(self) -> None:
        # Shown when the stored verdict is not what today's policy gives for the answers.
        self.stale_label = QLabel(
            self.tr("This verdict was made with other answers or an earlier post-mortem policy."),
            self,
        )
        self.stale_label.setWordWrap(True)
        self.recheck_button = QPushButton(self.tr("Re-chec&k with the current policy"), self)
        self.recheck_button.setToolTip(
            self.tr("Store the verdict and reasons the current policy gives for these answers.")
        )
        self.stale_row = QWidget(self)
        stale_layout = QHBoxLayout(self.stale_row)
        stale_layout.setContentsMargins(0, 0, 0, 0)
        stale_layout.addWidget(self.stale_label, 1)
        stale_layout.addWidget(self.recheck_button)

    def _lay_out(self, questions: QGroupBox, override_box: QGroupBox) -> None:
        intro = QLabel(
            self.tr(
                "Answer what is known; the verdict updates as you go. "
                "Unknown answers can be filled in later."
            ),
            self,
        )
        intro.setWordWrap(True)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.stale_row)
        layout.addWidget(questions)
        layout.addWidget(override_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            self.data_loss_combo,
            self.outage_spin,
            self.use_measured_button,
            self.severity_combo,
            self.customers_combo,
            self.security_combo,
            self.slo_spin,
            self.override_combo,
            self.override_reason_edit,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.use_measured_button.clicked.connect(self.use_measured_outage)
        self.recheck_button.clicked.connect(self.recheck)
        self.override_combo.currentIndexChanged.connect(self._override_chosen)
        self.override_reason_edit.textChanged.connect(self._override_reason_typed)
        self.document.edited.connect(self._edited)

    # -- reading ---------------------------------------------------------------------------
    def assessment(self) -> TriggerAssessment | None:
        return self.document.postmortem.trigger_assessment

    def _edited(self, touched: tuple[object, ...]) -> None:
        self.times.update(touched)
        self.outage = outage_of(self.document.postmortem, self.times.metrics)
        self.outage_spin.refresh()
        self._show_outage_source()
        self._keep_verdict_in_step()
        assessment = self.assessment()
        # The post-mortem is touched by every keystroke in its own fields; only an
        # assessment created or removed matters here.
        if assessment is not self._shown_assessment or any(obj is assessment for obj in touched):
            self.refresh()

    def _keep_verdict_in_step(self) -> None:
        """Store the verdict for the facts as they are now, wherever they were changed.

        The verdict is derived from the facts, so following them is no undo step of
        its own: undoing the change of a fact brings the verdict back with it.
        """
        pm = self.document.postmortem
        if self._was_stale_at_open and trigger_answers(pm, self.outage) == self._answers_at_open:
            return
        edit = verdict_edit(pm, self.policy, self.tr("Re-check trigger"), self.outage)
        if edit is None:
            return
        edit.apply()
        self.document.mark_changed()
        self.document.edited.emit(edit.touched)

    def _show_outage_source(self) -> None:
        outage = self.outage
        measured = self.tr("{minutes} min").format(
            minutes=localized_number(str(outage.measured_minutes))
        )
        if outage.measured_from is OutageSource.KEY_MOMENTS:
            source = (
                self.tr("on the timeline, from impact start to mitigated")
                if outage.measured_until is KeyMoment.MITIGATED
                else self.tr("on the timeline, from impact start to resolved")
            )
        else:
            source = self.tr("from the incident's start to its end")
        if outage.is_overridden and outage.measured_minutes is not None:
            text = self.tr("Entered by hand; measured {source}: {measured}.").format(
                source=source, measured=measured
            )
        elif outage.is_overridden:
            text = self.tr("Entered by hand.")
        elif outage.measured_minutes is not None:
            text = self.tr("Measured {source}.").format(source=source)
        else:
            text = self.tr(
                "Mark the impact start and the mitigation on the timeline, or set the "
                "incident's start and end, to measure it."
            )
        self.outage_source_label.setText(text)
        self.use_measured_button.setText(self.tr("&Use {measured}").format(measured=measured))
        self.use_measured_button.setVisible(
            outage.is_overridden and outage.measured_minutes is not None
        )

    def use_measured_outage(self) -> None:
        """Drop the outage entered by hand: the measured one counts again."""
        self.document.push(self.answer_edit(self.assessment(), "outage_minutes", None))

    def refresh(self) -> None:
        """Show the stored verdict, reasons and override, and where the outage comes from."""
        assessment = self.assessment()
        self._shown_assessment = assessment
        self._show_banner(assessment)
        self._show_outage_source()
        stored = assessment.override_verdict if assessment else None
        if stored is not None:
            self._pending_override = None
        shown = self._pending_override or stored
        with QSignalBlocker(self.override_combo):
            self.override_combo.setCurrentIndex(self.override_values.index(shown))
        reason = assessment.override_reason if assessment else ""
        if self.override_reason_edit.toPlainText() != reason:
            position = self.override_reason_edit.textCursor().position()
            with QSignalBlocker(self.override_reason_edit):
                self.override_reason_edit.setPlainText(reason)
                cursor = self.override_reason_edit.textCursor()
                cursor.setPosition(min(position, len(reason)))
                self.override_reason_edit.setTextCursor(cursor)
        self._show_override_problem()

    def is_stale(self) -> bool:
        """Whether the stored verdict differs from what the current policy gives."""
        return is_stale(self.document.postmortem, self.policy, self.outage)

    def recheck(self) -> None:
        """Store the current policy's verdict and reasons for the answers."""
        edit = verdict_edit(
            self.document.postmortem, self.policy, self.tr("Re-check trigger"), self.outage
        )
        if edit is not None:
            self.document.push(edit)

    def _show_banner(self, assessment: TriggerAssessment | None) -> None:
        self.stale_row.setVisible(self.is_stale())
        names = {
            Verdict.MANDATORY: self.tr("Mandatory"),
            Verdict.RECOMMENDED: self.tr("Recommended"),
            Verdict.NOT_REQUIRED: self.tr("Not required"),
        }
        if assessment is None or assessment.verdict is None:
            self.banner.show_verdict(
                None,
                self.tr("No verdict yet"),
                [self.tr("Answer the questions below to see whether a post-mortem is required.")],
            )
            return
        effective = assessment.effective_verdict
        assert effective is not None
        title = self.tr("Post-mortem: {verdict}").format(verdict=names[effective])
        reasons = [translated_reason(reason) for reason in assessment.reasons]
        if assessment.override_verdict is not None:
            title = self.tr("Post-mortem: {verdict} (overridden)").format(verdict=names[effective])
            reasons = [
                self.tr("The policy says {verdict}: ").format(verdict=names[assessment.verdict])
                + " ".join(reasons),
                self.tr("Overridden because: {reason}").format(
                    reason=assessment.override_reason.strip()
                ),
            ]
        self.banner.show_verdict(effective, title, reasons)

    def _show_override_problem(self) -> None:
        chosen = self.override_values[self.override_combo.currentIndex()]
        has_reason = bool(self.override_reason_edit.toPlainText().strip())
        if chosen is not None and not has_reason:
            self.override_problem_label.setText(
                self.tr(
                    "⚠ Not saved yet: an override needs a reason. Write why the policy's "
                    "verdict does not fit this incident."
                )
            )
            palette = self.override_problem_label.palette()
            _, edge, _ = verdict_colors(Verdict.RECOMMENDED, self.palette())
            palette.setColor(QPalette.ColorRole.WindowText, edge)
            self.override_problem_label.setPalette(palette)
            self.override_problem_label.setVisible(True)
        else:
            self.override_problem_label.clear()
            self.override_problem_label.setVisible(False)

    # -- answering -------------------------------------------------------------------------
    def answer_edit(self, _target: object | None, attribute: str, value: Any) -> Edit:
        """Store one answer with the verdict and reasons it gives, as one undo step."""
        return answer_edit(
            self.document.postmortem,
            attribute,
            value,
            self.policy,
            self.tr(_ANSWER_LABELS[attribute]),
        )

    # -- overriding ------------------------------------------------------------------------
    def _override_chosen(self, index: int) -> None:
        change = override_chosen(
            self.document.postmortem,
            self.override_values[index],
            self.override_reason_edit.toPlainText(),
            self.policy,
            outage=self.outage,
            translate=self._translate_label,
        )
        self._store_override(change)

    def _override_reason_typed(self) -> None:
        change = override_reason_written(
            self.document.postmortem,
            self.override_values[self.override_combo.currentIndex()],
            self.override_reason_edit.toPlainText(),
            self.policy,
            outage=self.outage,
            translate=self._translate_label,
        )
        self._store_override(change)

    def _store_override(self, change: OverrideChange) -> None:
        # Held back before the push: the refresh it triggers shows the choice.
        self._pending_override = change.held_back
        if change.edit is not None:
            self.document.push(change.edit)
        self._show_override_problem()

    @staticmethod
    def _translate_label(label: str) -> str:
        return QCoreApplication.translate(OVERRIDE_LABELS_CONTEXT, label)

    # -- the step contract -------------------------------------------------------------------
    def lintable_editors(self) -> list[LintableEditor]:
        return [
            LintableEditor(self.override_reason_edit, Location.of_field("override_reason"), "prose")
        ]

    def focus_location(self, location: Location) -> bool:
        # The override by its field, the questions by their answer ("trigger" is all).
        widgets: dict[tuple[LocationKind, str | int | None], QWidget] = {
            (LocationKind.FIELD, "override_reason"): self.override_reason_edit,
            (LocationKind.FIELD, "override_verdict"): self.override_combo,
            (LocationKind.FIELD, "trigger"): self.data_loss_combo,
            (LocationKind.TRIGGER, "data_loss"): self.data_loss_combo,
            (LocationKind.TRIGGER, "outage_minutes"): self.outage_spin,
            (LocationKind.TRIGGER, "severity"): self.severity_combo,
            (LocationKind.TRIGGER, "customers_affected"): self.customers_combo,
            (LocationKind.TRIGGER, "security_impact"): self.security_combo,
            (LocationKind.TRIGGER, "slo_budget_burned_pct"): self.slo_spin,
        }
        widget = widgets.get((location.kind, location.key))
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A switch between light and dark recolours the banner and the warning.
        if event.type() == QEvent.Type.PaletteChange:
            self.banner.apply_colors()
            self._show_override_problem()
