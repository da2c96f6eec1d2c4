"""An open post-mortem: its session, and saving without a Save button."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from pmdesk.domain.edits import Edit
from pmdesk.domain.findings import FindingsCollector, participants_of
from pmdesk.errors import UserFacingError
from pmdesk.lint import Finding
from pmdesk.models import AcknowledgementKind, Postmortem, WhyNode
from pmdesk.store import Database

log = logging.getLogger(__name__)

__all__ = ["PostmortemDocument"]

# A change is written at most this long after it was made, so a crash loses
# nothing older than a second even while someone keeps typing.
SAVE_DELAY_MS = 400


class PostmortemDocument(QObject):
    """Holds one post-mortem's object graph in a session of its own and saves it.

    Widgets never change the objects directly: they `push()` an `Edit`, which goes on
    the undo stack, is applied, and announced with `edited`. The document commits
    within SAVE_DELAY_MS of the first unsaved change.

    Signals:
        edited(tuple): an edit (or its undo) changed these objects; views refresh them.
        changed: something was edited.
        saved: everything up to now is on disk.
        save_failed(str): the last save did not work; the view shows what is stored.
    """

    edited = Signal(tuple)
    changed = Signal()
    saved = Signal()
    save_failed = Signal(str)

    def __init__(self, db: Database, postmortem_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session: Session = db.sessions()
        self.postmortem: Postmortem = self._load(postmortem_id)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self.is_dirty = False
        self.undo_stack = QUndoStack(self)
        self.typing_run_ended = False
        # One linter cache for every view of this post-mortem (fields, cells, panel).
        self.findings = FindingsCollector()
        self.underlines_visible = True

    def push(self, edit: Edit) -> None:
        """Apply `edit` as one undoable step."""
        from pmdesk.ui.undo import EditCommand

        self.undo_stack.push(EditCommand(self, edit))

    def open_findings(self, location: str, text: str, section: str) -> list[Finding]:
        """The findings in `text` at `location` that nobody kept on purpose."""
        pm = self.postmortem
        kept = {
            ack.fingerprint
            for ack in pm.acknowledgements
            if ack.kind is AcknowledgementKind.LINT and ack.location == location
        }
        found = self.findings.findings_for(text, section, pm.language.value, participants_of(pm))
        return [f for f in found if f.fingerprint not in kept]

    def end_typing_run(self) -> None:
        """The next edit starts its own undo step, even in the field being typed in."""
        self.typing_run_ended = True

    def edit_applied(self, touched: tuple[object, ...]) -> None:
        """Called by the undo machinery after an edit or its inverse ran."""
        self.edited.emit(touched)
        self.mark_changed()

    def _load(self, postmortem_id: int) -> Postmortem:
        query = (
            select(Postmortem)
            .where(Postmortem.id == postmortem_id)
            .options(
                selectinload(Postmortem.participants),
                selectinload(Postmortem.trigger_assessment),
                selectinload(Postmortem.timeline_events),
                selectinload(Postmortem.import_batches),
                selectinload(Postmortem.why_nodes).selectinload(WhyNode.evidence),
                selectinload(Postmortem.why_nodes).selectinload(WhyNode.children),
                selectinload(Postmortem.action_items),
                selectinload(Postmortem.lessons),
                selectinload(Postmortem.contributing_factors),
                selectinload(Postmortem.acknowledgements),
                selectinload(Postmortem.publications),
            )
        )
        postmortem = self.session.scalars(query).one()
        # End the read transaction so the database is not held open between edits.
        self.session.commit()
        return postmortem

    def mark_changed(self) -> None:
        self.is_dirty = True
        if not self._save_timer.isActive():
            self._save_timer.start()
        self.changed.emit()

    def save(self) -> bool:
        """Write all pending edits in one transaction."""
        self._save_timer.stop()
        if not self.is_dirty:
            return True
        try:
            self.session.commit()
        except SQLAlchemyError as exc:
            log.exception("Saving the post-mortem failed")
            self.session.rollback()
            self.is_dirty = False
            self.save_failed.emit(
                "The latest change could not be saved and was undone; the post-mortem now "
                f"shows what is stored. ({getattr(exc, 'orig', exc)})"
            )
            self.changed.emit()
            return False
        self.is_dirty = False
        self.saved.emit()
        return True

    def close(self) -> None:
        if not self.save():
            raise UserFacingError(
                "The post-mortem could not be saved before closing.",
                "Check that the database is reachable and try again.",
            )
        self.session.close()
