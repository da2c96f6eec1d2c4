"""The gates a post-mortem passes before it is published.

`check_gates` is pure: it reads the post-mortem and returns one `GateResult` per gate,
each with the problems that make it fail and enough to jump to them. The Publish
checklist, `pmdesk check` and `pmdesk export` all use it. A failing gate can be
overridden only with a reason (`resolve_overrides`); the reasons are recorded on the
publication. Problem messages are English, made from the templates in MESSAGES (marked
for translation, see `pmdesk.domain.i18n`) or written by the linter.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pmdesk.domain.actions import root_causes_without_actions
from pmdesk.domain.edits import Edit
from pmdesk.domain.findings import keep_edit
from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.domain.redaction import HitKind, find_redaction_hits, open_redaction_hits
from pmdesk.domain.texts import (
    ACTION,
    ACTION_ITEMS,
    CONTRIBUTING_FACTORS,
    CUSTOMER_IMPACT,
    FACILITATOR,
    FIVE_WHYS,
    INCIDENT,
    LESSONS,
    OVERRIDE_REASON,
    PARTICIPANTS,
    PUBLISHED_VERSIONS,
    SUMMARY,
    TIMELINE,
    TIMELINE_EVENT,
    TITLE,
    TRIGGER_CHECK,
    WHY,
    TextField,
    lintable_texts,
)
from pmdesk.domain.timeline import OUT_OF_ORDER, time_contradictions
from pmdesk.errors import UserFacingError
from pmdesk.models import AcknowledgementKind, Postmortem

log = logging.getLogger(__name__)

__all__ = [
    "GATE_IDS",
    "GATE_TITLES",
    "HIT_KINDS",
    "MESSAGES",
    "MESSAGES_CONTEXT",
    "GateProblem",
    "GateResult",
    "GatesNotPassedError",
    "check_gates",
    "failing_gates",
    "keep_problem",
    "resolve_overrides",
]

BLAMELESS_LANGUAGE = "blameless_language"
ROOT_CAUSES_HAVE_ACTIONS = "root_causes_have_actions"
REDACTION = "redaction"
REQUIRED_PARTS = "required_parts"
NO_NAMES_IN_PUBLIC = "no_names_in_public"
CONSISTENT_TIMES = "consistent_times"

GATE_TITLES: dict[str, str] = {
    BLAMELESS_LANGUAGE: "Blameless language",
    ROOT_CAUSES_HAVE_ACTIONS: "Every root cause has an action item with an owner and a due date",
    REDACTION: "No secrets or personal data",
    REQUIRED_PARTS: "Required parts are present",
    NO_NAMES_IN_PUBLIC: "No names in the public version",
    CONSISTENT_TIMES: "The incident's times agree with each other",
}
GATE_IDS: tuple[str, ...] = tuple(GATE_TITLES)

MESSAGES_CONTEXT = "Gates"
NO_LANGUAGE_CHECK = QT_TRANSLATE_NOOP(
    "Gates",
    "The language check is not available in this installation of pmdesk, "
    "so this gate was not checked.",
)
ROOT_CAUSE_WITHOUT_ACTION = QT_TRANSLATE_NOOP(
    "Gates", "The root cause “{cause}” has no action item."
)
# An action item is named by its title in quotes, or by its label when it has none.
TITLED_ACTION_WITHOUT_OWNER = QT_TRANSLATE_NOOP("Gates", "The action item “{title}” has no owner.")
ACTION_WITHOUT_OWNER = QT_TRANSLATE_NOOP("Gates", "The action item {label} has no owner.")
TITLED_ACTION_WITHOUT_DUE_DATE = QT_TRANSLATE_NOOP(
    "Gates", "The action item “{title}” has no due date."
)
ACTION_WITHOUT_DUE_DATE = QT_TRANSLATE_NOOP("Gates", "The action item {label} has no due date.")
LOOKS_LIKE = QT_TRANSLATE_NOOP("Gates", "Looks like {kind}: {excerpt}")
NO_TITLE = QT_TRANSLATE_NOOP("Gates", "The post-mortem has no title.")
NO_SUMMARY = QT_TRANSLATE_NOOP("Gates", "The summary is empty.")
NO_IMPACT = QT_TRANSLATE_NOOP("Gates", "The impact is not described.")
NO_KEY_MOMENT = QT_TRANSLATE_NOOP(
    "Gates",
    "No timeline event is marked as a key moment (impact start, detected, mitigated, resolved).",
)
NO_ROOT_CAUSE = QT_TRANSLATE_NOOP("Gates", "No root cause is marked in the why-chains.")
NAMES_ONLY_IN_PUBLIC = QT_TRANSLATE_NOOP(
    "Gates", "The internal version shows names; this is checked for the public version."
)
NAME_IN_PUBLIC = QT_TRANSLATE_NOOP(
    "Gates",
    "“{name}” would name a person in the public version: write the role instead, "
    "or give the person a handle in the participants table.",
)
MESSAGES = (
    NO_LANGUAGE_CHECK,
    ROOT_CAUSE_WITHOUT_ACTION,
    TITLED_ACTION_WITHOUT_OWNER,
    ACTION_WITHOUT_OWNER,
    TITLED_ACTION_WITHOUT_DUE_DATE,
    ACTION_WITHOUT_DUE_DATE,
    LOOKS_LIKE,
    NO_TITLE,
    NO_SUMMARY,
    NO_IMPACT,
    NO_KEY_MOMENT,
    NO_ROOT_CAUSE,
    NAMES_ONLY_IN_PUBLIC,
    NAME_IN_PUBLIC,
    OUT_OF_ORDER,
)
# What a redaction hit looks like, as LOOKS_LIKE names it.
HIT_KINDS: dict[HitKind, str] = {
    HitKind.API_KEY: QT_TRANSLATE_NOOP("Gates", "an API key"),
    HitKind.TOKEN: QT_TRANSLATE_NOOP("Gates", "an access token"),
    HitKind.PASSWORD: QT_TRANSLATE_NOOP("Gates", "a password"),
    HitKind.PRIVATE_KEY: QT_TRANSLATE_NOOP("Gates", "a private key"),
    HitKind.CONNECTION_STRING: QT_TRANSLATE_NOOP("Gates", "a connection string with credentials"),
    HitKind.EMAIL: QT_TRANSLATE_NOOP("Gates", "an e-mail address"),
    HitKind.PHONE: QT_TRANSLATE_NOOP("Gates", "a phone number"),
    HitKind.IP_ADDRESS: QT_TRANSLATE_NOOP("Gates", "an IP address"),
    HitKind.CARD_NUMBER: QT_TRANSLATE_NOOP("Gates", "a card number"),
}


@dataclass(frozen=True)
class GateProblem:
    """One reason a gate fails, or a step is not complete yet, and where to fix it.

    Attributes:
        location: the field, as `TextField.location` names it ("event:31", "why:12",
            "field:summary"), a field of an item ("action:4.owner"), or the section where
            something is missing ("section:timeline").
        label: the same for people ("Timeline 4").
        step: the wizard step to open (a `pmdesk.domain.flow.Step` value).
        message: what is wrong, in plain words.
        start, end: the span in the field's text, when the problem is a passage.
        fingerprint: what to acknowledge to keep it (lint and redaction problems).
        severity: "error" fails the gate; "warning" is shown but does not.
    """

    location: Location
    label: str
    step: str
    message: str
    start: int | None = None
    end: int | None = None
    fingerprint: str | None = None
    severity: str = "error"
    rule_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "location": str(self.location),
            "label": self.label,
            "step": self.step,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "fingerprint": self.fingerprint,
            "severity": self.severity,
            "rule_id": self.rule_id,
        }


@dataclass(frozen=True)
class GateResult:
    """The outcome of one gate.

    `passed` is True when no problem has severity "error". `note` explains a gate that
    could not run (for example when the language checker is not installed).
    """

    id: str
    title: str
    passed: bool
    problems: tuple[GateProblem, ...] = ()
    note: str = ""
    is_skipped: bool = False

    @property
    def count(self) -> int:
        """How many problems block this gate (warnings not counted)."""
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[GateProblem, ...]:
        return tuple(p for p in self.problems if p.severity != "error")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "passed": self.passed,
            "count": self.count,
            "skipped": self.is_skipped,
            "note": self.note,
            "problems": [p.as_dict() for p in self.problems],
        }


def _result(gate: str, problems: Iterable[GateProblem], note: str = "") -> GateResult:
    found = tuple(problems)
    return GateResult(
        id=gate,
        title=GATE_TITLES[gate],
        passed=not any(p.severity == "error" for p in found),
        problems=found,
        note=note,
    )


def check_gates(
    pm: Postmortem,
    *,
    lang: str | None = None,
    profile: ExportProfile = ExportProfile.INTERNAL,
) -> list[GateResult]:
    """Run every gate on `pm`.

    Args:
        pm: the post-mortem, with its parts loaded.
        lang: the language of its texts ("en", "de" or "auto"); default: the
            post-mortem's own language.
        profile: the export the gates decide on; names are checked for the public one.

    Returns:
        One result per gate, in the order of `GATE_IDS`.
    """
    fields = [f for f in lintable_texts(pm) if f.is_exported]
    return [
        check_blameless_language(pm, fields, lang=lang),
        check_root_causes_have_actions(pm),
        check_redaction(pm, fields),
        check_required_parts(pm),
        check_no_names_in_public(pm, profile),
        check_consistent_times(pm),
    ]


def check_blameless_language(
    pm: Postmortem, fields: Sequence[TextField], *, lang: str | None = None
) -> GateResult:
    """Open lint findings: those not kept with a reason (acknowledgement of kind "lint")."""
    try:
        from pmdesk import lint as linter

        lint_function = linter.lint
        context_class = linter.LintContext
        participant_class = linter.Participant
        section_class = linter.Section
        fingerprint_of = linter.finding_fingerprint
    except (ImportError, AttributeError):
        log.warning("The blameless-language checker is not available; the gate was skipped")
        return GateResult(
            id=BLAMELESS_LANGUAGE,
            title=GATE_TITLES[BLAMELESS_LANGUAGE],
            passed=True,
            note=NO_LANGUAGE_CHECK,
            is_skipped=True,
        )
    kept = {
        ack.fingerprint
        for ack in pm.acknowledgements
        if ack.kind == AcknowledgementKind.LINT and (ack.reason or "").strip()
    }
    participants = tuple(
        participant_class(name=p.name, role=p.role, team=p.team) for p in pm.participants
    )
    language = lang or (pm.language.value if pm.language else "en")
    problems: list[GateProblem] = []
    for text_field in fields:
        if not (text_field.text or "").strip():
            continue
        context = context_class(
            participants=participants, section=section_class(text_field.section)
        )
        for finding in lint_function(text_field.text, lang=language, context=context):
            fingerprint = str(fingerprint_of(text_field.text, finding))
            if fingerprint in kept:
                continue
            severity = str(getattr(finding, "severity", "error") or "error")
            problems.append(
                GateProblem(
                    location=text_field.location,
                    label=text_field.label,
                    step=text_field.step,
                    message=str(finding.message),
                    start=int(finding.start),
                    end=int(finding.end),
                    fingerprint=fingerprint,
                    # Hints ("info") never block; everything else must be fixed or kept.
                    severity="warning" if severity.lower() in {"info", "hint"} else "error",
                    rule_id=str(finding.rule_id),
                )
            )
    return _result(BLAMELESS_LANGUAGE, problems)


def check_root_causes_have_actions(pm: Postmortem) -> GateResult:
    """Every root cause has at least one action item; every action item has an owner
    and a due date."""
    problems: list[GateProblem] = []
    unaddressed = {id(node) for node in root_causes_without_actions(pm)}
    for index, node in enumerate(pm.why_nodes):
        if id(node) in unaddressed:
            problems.append(
                GateProblem(
                    location=Location.of_part(LocationKind.WHY, node.id),
                    label=WHY.format(n=index + 1),
                    step="whys",
                    message=ROOT_CAUSE_WITHOUT_ACTION.format(cause=_short(node.text)),
                )
            )
    for index, item in enumerate(pm.action_items):
        label = ACTION.format(n=index + 1)
        title = _short(item.title) if (item.title or "").strip() else ""
        if not (item.owner or "").strip():
            problems.append(
                GateProblem(
                    location=Location.of_part(LocationKind.ACTION, item.id, "owner"),
                    label=label,
                    step="actions",
                    message=TITLED_ACTION_WITHOUT_OWNER.format(title=title)
                    if title
                    else ACTION_WITHOUT_OWNER.format(label=label),
                )
            )
        if item.due_on is None:
            problems.append(
                GateProblem(
                    location=Location.of_part(LocationKind.ACTION, item.id, "due_on"),
                    label=label,
                    step="actions",
                    message=TITLED_ACTION_WITHOUT_DUE_DATE.format(title=title)
                    if title
                    else ACTION_WITHOUT_DUE_DATE.format(label=label),
                )
            )
    return _result(ROOT_CAUSES_HAVE_ACTIONS, problems)


def check_redaction(pm: Postmortem, fields: Sequence[TextField] | None = None) -> GateResult:
    """Secrets and personal data not redacted and not kept with a reason.

    IP addresses are warnings: shown, but they do not fail the gate.
    """
    hits = find_redaction_hits(pm, fields)
    problems = [
        GateProblem(
            location=hit.location,
            label=hit.label,
            step=hit.step,
            message=LOOKS_LIKE.format(kind=HIT_KINDS[hit.kind], excerpt=hit.excerpt),
            start=hit.start,
            end=hit.end,
            fingerprint=hit.fingerprint,
            severity=hit.severity,
            rule_id=f"redaction.{hit.kind.name.lower()}",
        )
        for hit in open_redaction_hits(pm, hits)
        # Every hit of a post-mortem's field has the field's location.
        if hit.location is not None
    ]
    return _result(REDACTION, problems)


def _section(name: str) -> Location:
    return Location(LocationKind.SECTION, name)


def check_required_parts(pm: Postmortem) -> GateResult:
    """Title, summary, impact, at least one timeline key moment and one root cause."""
    problems: list[GateProblem] = []

    def missing(location: Location, label: str, step: str, message: str) -> None:
        problems.append(GateProblem(location=location, label=label, step=step, message=message))

    if not (pm.title or "").strip():
        missing(Location.of_field("title"), TITLE, "incident", NO_TITLE)
    if not (pm.summary or "").strip():
        missing(Location.of_field("summary"), SUMMARY, "incident", NO_SUMMARY)
    if not (pm.customer_impact or "").strip():
        missing(Location.of_field("customer_impact"), CUSTOMER_IMPACT, "incident", NO_IMPACT)
    if not any(event.key_moment is not None for event in pm.timeline_events):
        missing(_section("timeline"), TIMELINE, "timeline", NO_KEY_MOMENT)
    if not any(node.is_root_cause for node in pm.why_nodes):
        missing(_section("whys"), FIVE_WHYS, "whys", NO_ROOT_CAUSE)
    return _result(REQUIRED_PARTS, problems)


# Where a part of the public document comes from, for the parts whose views do not
# carry their source location: (location, label, step).
_Where = tuple[Location, str, str]
_DOCUMENT_PARTS: dict[str, _Where] = {
    "title": (Location.of_field("title"), TITLE, "incident"),
    "summary": (Location.of_field("summary"), SUMMARY, "incident"),
    "impact": (Location.of_field("customer_impact"), CUSTOMER_IMPACT, "incident"),
    "facilitator": (Location.of_field("facilitator"), FACILITATOR, "incident"),
    "participants": (Location.of_field("participants"), PARTICIPANTS, "incident"),
    "trigger_reasons": (Location.of_step("trigger"), TRIGGER_CHECK, "trigger"),
    "trigger_override": (Location.of_field("override_reason"), OVERRIDE_REASON, "trigger"),
    "days": (Location.of_step("timeline"), TIMELINE, "timeline"),
    "key_moments": (Location.of_step("timeline"), TIMELINE, "timeline"),
    "why_chains": (Location.of_step("whys"), FIVE_WHYS, "whys"),
    "root_causes": (Location.of_step("whys"), FIVE_WHYS, "whys"),
    "actions": (Location.of_step("actions"), ACTION_ITEMS, "actions"),
    "lessons": (Location.of_step("lessons"), LESSONS, "lessons"),
    "contributing_factors": (Location.of_step("lessons"), CONTRIBUTING_FACTORS, "lessons"),
    "history": (Location.of_step("publish"), PUBLISHED_VERSIONS, "publish"),
}
# The label template ({n}: the item's number) and step of the parts a view locates.
_LOCATION_LABELS = {
    LocationKind.EVENT: (TIMELINE_EVENT, "timeline"),
    LocationKind.WHY: (WHY, "whys"),
    LocationKind.ACTION: (ACTION, "actions"),
}


def check_no_names_in_public(
    pm: Postmortem, profile: ExportProfile = ExportProfile.PUBLIC
) -> GateResult:
    """No text of the public version names a person: every rendered text is searched
    for every name, name part and handle of the participants, the facilitator, chat
    authors and action owners (family names as written, the rest in any case). A name
    the pseudonyms could not replace (a first name two people share, a name typed in
    lower case) blocks it."""
    if profile is not ExportProfile.PUBLIC:
        return GateResult(
            id=NO_NAMES_IN_PUBLIC,
            title=GATE_TITLES[NO_NAMES_IN_PUBLIC],
            passed=True,
            note=NAMES_ONLY_IN_PUBLIC,
            is_skipped=True,
        )
    # Imported here: the exporters' document model depends on this package.
    from pmdesk.exporters._document import build_document, pseudonymiser_for

    names = pseudonymiser_for(pm, ExportProfile.PUBLIC)
    document = build_document(pm, ExportProfile.PUBLIC, names=names)
    any_case, as_written = names.identifying_words()
    patterns = [
        re.compile(rf"(?<![\w@.\-])(?:{alternatives})(?![\w\-]|\.\w)", flags)
        for words, flags in ((any_case, re.IGNORECASE), (as_written, re.NOFLAG))
        if (alternatives := "|".join(re.escape(word) for word in words))
    ]
    problems: dict[tuple[Location, str], GateProblem] = {}
    for (location, label, step), text in _document_texts(document):
        for pattern in patterns:
            for match in pattern.finditer(text):
                key = (location, match.group().casefold())
                problems.setdefault(
                    key,
                    GateProblem(
                        location=location,
                        label=label,
                        step=step,
                        message=NAME_IN_PUBLIC.format(name=match.group()),
                        rule_id="names.unreplaced",
                    ),
                )
    return _result(NO_NAMES_IN_PUBLIC, problems.values())


def _document_texts(document: object) -> Iterator[tuple[_Where, str]]:
    """Every string of an export document, with where it comes from."""
    assert dataclasses.is_dataclass(document)
    for part in dataclasses.fields(document):
        where = _DOCUMENT_PARTS.get(part.name)
        if where is not None:
            yield from _strings(getattr(document, part.name), where)


def _strings(value: object, where: _Where) -> Iterator[tuple[_Where, str]]:
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value):
        location = Location.parse(getattr(value, "location", ""))
        if location is not None and location.kind in _LOCATION_LABELS:
            label, step = _LOCATION_LABELS[location.kind]
            number = getattr(value, "ref", "") or getattr(value, "number", "") or location.key
            where = (location, label.format(n=number), step)
        for part in dataclasses.fields(value):
            if part.name not in ("location", "anchor", "ref"):
                yield from _strings(getattr(value, part.name), where)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item, where)


def check_consistent_times(pm: Postmortem) -> GateResult:
    """Key moments in their order, within the incident's start and end.

    A contradiction fails the gate: the report's metrics would contradict each other
    (a time to resolve shorter than the time to mitigate). Where the order is real (an
    alert that fired before users were affected), the gate is overridden with that
    reason, which the publication records.
    """
    problems = []
    for contradiction in time_contradictions(pm):
        on_timeline = contradiction.location.kind is LocationKind.EVENT
        problems.append(
            GateProblem(
                location=contradiction.location,
                label=TIMELINE if on_timeline else INCIDENT,
                step="timeline" if on_timeline else "incident",
                message=contradiction.message,
                rule_id="times.order",
            )
        )
    return _result(CONSISTENT_TIMES, problems)


def failing_gates(results: Iterable[GateResult]) -> list[GateResult]:
    return [result for result in results if not result.passed]


class GatesNotPassedError(UserFacingError):
    """Publishing was refused because gates failed and were not overridden."""

    def __init__(self, failing: Sequence[GateResult]) -> None:
        names = "; ".join(f"{g.title} ({g.count})" for g in failing)
        super().__init__(
            f"The post-mortem cannot be published yet: {names}.",
            "Fix the problems listed by 'pmdesk check', or override the gates with a reason.",
        )
        self.failing = tuple(failing)


def resolve_overrides(
    results: Sequence[GateResult], overrides: Mapping[str, str]
) -> list[dict[str, str]]:
    """Check that every failing gate is overridden with a reason.

    Args:
        results: from `check_gates`.
        overrides: gate id → reason. The key "*" overrides every failing gate.

    Returns:
        The override records to store on the publication: one {"gate", "reason"} per
        failing gate (gates that passed need no override and are not recorded).

    Raises:
        UserFacingError: an override names an unknown gate or has no reason.
        GatesNotPassedError: a failing gate is not overridden.
    """
    for gate, reason in overrides.items():
        if gate != "*" and gate not in GATE_TITLES:
            raise UserFacingError(
                f"There is no gate called {gate!r}.", f"The gates are: {', '.join(GATE_IDS)}."
            )
        if not reason or not reason.strip():
            raise UserFacingError(
                "A gate can be overridden only with a reason.",
                "Say why the post-mortem should be published anyway.",
            )
    records: list[dict[str, str]] = []
    not_overridden: list[GateResult] = []
    for result in failing_gates(results):
        given = overrides.get(result.id) or overrides.get("*")
        if not given:
            not_overridden.append(result)
        else:
            records.append({"gate": result.id, "reason": " ".join(given.split())})
    if not_overridden:
        raise GatesNotPassedError(not_overridden)
    return records


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def keep_problem(
    pm: Postmortem, gate: str, problem: GateProblem, reason: str, label: str = "Keep"
) -> Edit:
    """Keep a lint or redaction problem of `gate` on purpose, with a reason (one undo
    step): the gate then passes over it."""
    kind = AcknowledgementKind.REDACTION if gate == REDACTION else AcknowledgementKind.LINT
    return keep_edit(
        pm,
        kind,
        fingerprint=problem.fingerprint or "",
        rule_id=problem.rule_id,
        location=str(problem.location),
        excerpt=problem.message[:200],
        reason=reason,
        label=label,
    )
