"""An open post-mortem: its session, and saving without a Save button."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from pmdesk.domain.edits import Compound, Edit
from pmdesk.domain.findings import FindingsCollector, participants_of
from pmdesk.domain.location import Location
from pmdesk.errors import UserFacingError
from pmdesk.lint import Finding
from pmdesk.models import AcknowledgementKind, Postmortem, Revision
from pmdesk.store import Database
from pmdesk.store.engine import SQLITE_BEGIN, begin_write
from pmdesk.store.live import POLL_INTERVAL_MS, PRESENCE_INTERVAL_MS, ChangeWatcher
from pmdesk.store.merge import Choice, Conflict, Unsaved, capture, find_conflicts, parts_of, settle
from pmdesk.store.queries import WHOLE_POSTMORTEM
from pmdesk.store.revisions import author_of, revisions_since
from pmdesk.ui.background import BackgroundOp

log = logging.getLogger(__name__)

__all__ = ["PostmortemDocument"]

# A change is written at most this long after it was made, so a crash loses
# nothing older than a second even while someone keeps typing.
SAVE_DELAY_MS = 400
# How long a save waits for another writer (the CLI, a second window) to finish
# before it steps back and tries again later, so that typing never stalls.
SAVE_BUSY_WAIT_MS = 250
# After a failed save, the next tries come after these pauses (then the last, again).
RETRY_DELAYS_MS = (1_000, 2_000, 5_000, 10_000, 30_000)
# How often one save merges what others saved meanwhile before it lets them finish.
MERGES_PER_SAVE = 3
# When others' changes arrive while this window is busy saving or asking about a
# conflict, they are shown this much later.
FOLLOW_RETRY_MS = 100
# How soon to listen again after the team database's server dropped the connection.
REWATCH_INTERVAL_MS = 5_000
CONFLICTS_PENDING = (
    "Someone else changed the same things meanwhile; choose which version to keep, "
    "and pmdesk saves your choice."
)


class PostmortemDocument(QObject):
    """Holds one post-mortem's object graph in a session of its own and saves it.

    Widgets never change the objects directly: they `push()` an `Edit`, which goes on
    the undo stack, is applied, and announced with `edited`. The document commits
    within SAVE_DELAY_MS of the first unsaved change.

    Signals:
        edited(tuple): an edit (or its undo) changed these objects; views refresh them.
        changed: something was edited.
        saved: everything up to now is on disk.
        save_failed(str): the last save did not work. Every edit is still in memory and
            on screen; the document tries again by itself.

    Reads hold no transaction between user actions (see store.engine.SQLITE_BEGIN), and
    a save is one short write transaction. When a save fails, the session rolls back to
    what is stored and the document replays every unsaved edit, so nothing typed is
    ever taken off the screen.

    Saves are optimistic: the document remembers the version it read (and then the
    one each save produced). When another window, the CLI or a colleague on the team
    database saved in between, the save never overwrites blindly: it reads their
    version and replays its own edits on top (store.merge), so changes to different
    fields or parts are both kept. Changes to the same thing are `conflicts`: saving
    waits until the person chose (`resolve`).

    Others' saves show up without waiting for one of this window's own: a watcher
    (store.live) hears of each commit to this post-mortem, and the document merges it
    in the same way — into the objects the views show, leaving the undo history and
    any unsaved edit as they are (`follow_others`).

    More signals:
        merged(tuple): what others saved meanwhile is now shown; their revisions.
        conflicts_found: others changed what this window changed too; see `conflicts`.
        presence(tuple): who else has the post-mortem open now (names; PostgreSQL).
    """

    edited = Signal(tuple)
    changed = Signal()
    saved = Signal()
    save_failed = Signal(str)
    merged = Signal(tuple)
    conflicts_found = Signal()
    presence = Signal(tuple)

    def __init__(self, db: Database, postmortem_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session: Session = db.sessions(
            bind=db.engine.execution_options(**{SQLITE_BEGIN: ""}), autoflush=False
        )
        # The stored version this session's objects show; what others changed since
        # is merged in before the next save (see store.merge).
        self.base_version = 0
        self.conflicts: list[Conflict] = []
        # Watching from before the first read, so no commit falls in between.
        self._watcher = ChangeWatcher(db, postmortem_id)
        self.postmortem: Postmortem = self._load(postmortem_id)
        # The newest version others committed that this window does not show yet.
        self._newest_elsewhere = self.base_version
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_RETRY_MS)
        self._follow_timer.timeout.connect(self.follow_others)
        self._notifier: QSocketNotifier | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self._hear_others)
        self.others_present: tuple[str, ...] = ()
        self._presence_timer = QTimer(self)
        self._presence_timer.setInterval(PRESENCE_INTERVAL_MS)
        self._presence_timer.timeout.connect(self._look_who_is_here)
        # Listening again after the server dropped the connection (a restart, a
        # network change): tried in the background until it works.
        self._rewatch_timer = QTimer(self)
        self._rewatch_timer.setSingleShot(True)
        self._rewatch_timer.setInterval(REWATCH_INTERVAL_MS)
        self._rewatch_timer.timeout.connect(self._watch_again)
        self._following = True
        self._start_watching()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self.is_dirty = False
        # The edits applied since the last successful save, in order: replayed on top of
        # what is stored when a save fails.
        self._unsaved: list[Edit] = []
        self.failed_saves = 0
        self.last_error: str | None = None
        self._release_pending = False
        self._saving = False
        event.listen(self.session, "after_begin", self._transaction_began)
        self.undo_stack = QUndoStack(self)
        self.typing_run_ended = False
        # One linter cache for every view of this post-mortem (fields, cells, panel).
        self.findings = FindingsCollector()
        self.underlines_visible = True
        # Whether quiet "consider" hints are shown (the `lint_hints` preference).
        self.hints_visible = True

    def push(self, edit: Edit) -> None:
        """Apply `edit` as one undoable step."""
        from pmdesk.ui.undo import EditCommand

        self.undo_stack.push(EditCommand(self, edit))

    def open_findings(self, location: Location | None, text: str, section: str) -> list[Finding]:
        """The findings in `text` at `location` that nobody kept on purpose (without the
        "consider" hints while those are switched off)."""
        pm = self.postmortem
        # Kept wordings are stored with the location's written form.
        stored = str(location) if location is not None else ""
        kept = {
            ack.fingerprint
            for ack in pm.acknowledgements
            if ack.kind is AcknowledgementKind.LINT and ack.location == stored
        }
        found = self.findings.findings_for(text, section, pm.language.value, participants_of(pm))
        return [
            f for f in found if f.fingerprint not in kept and (self.hints_visible or not f.is_hint)
        ]

    def end_typing_run(self) -> None:
        """The next edit starts its own undo step, even in the field being typed in."""
        self.typing_run_ended = True

    def edit_applied(self, applied: Edit) -> None:
        """Called by the undo machinery after an edit or its inverse ran."""
        self._unsaved.append(applied)
        self.edited.emit(applied.touched)
        self.mark_changed()

    def _load(self, postmortem_id: int) -> Postmortem:
        if self._is_sqlite:
            # One consistent snapshot for the whole graph (reads do not BEGIN by
            # themselves in this session), ended at once.
            self.session.connection().exec_driver_sql("BEGIN")
        postmortem = self._query_graph(postmortem_id)
        self.base_version = postmortem.version
        self.session.commit()
        return postmortem

    def _query_graph(self, postmortem_id: int) -> Postmortem:
        query = select(Postmortem).where(Postmortem.id == postmortem_id).options(*WHOLE_POSTMORTEM)
        return self.session.scalars(query).one()

    @property
    def _is_sqlite(self) -> bool:
        return self.db.url.startswith("sqlite")

    def _transaction_began(self, _session: Session, _transaction: object, _conn: object) -> None:
        # A view read a part that was not loaded yet. On PostgreSQL that opened a
        # transaction: end it once the current user action is done, so the session
        # never sits "idle in transaction".
        if not self._release_pending:
            self._release_pending = True
            QTimer.singleShot(0, self._release_transaction)

    def _release_transaction(self) -> None:
        self._release_pending = False
        if not self.session.in_transaction():
            return
        if self.is_dirty:
            self.save()
        else:
            self.session.commit()

    def mark_changed(self) -> None:
        self.is_dirty = True
        if not self._save_timer.isActive():
            self._save_timer.start()
        self.changed.emit()

    def save(self) -> bool:
        """Write all pending edits in one short transaction.

        Returns False when that did not work; the edits stay in memory and on screen,
        `save_failed` says why, and another try is scheduled. When others changed the
        same things meanwhile, it returns False until the person chose (`resolve`).
        """
        if self._saving:
            # Called again from a view that the recovery below refreshed (a field losing
            # the focus saves): the running save finishes the job, or schedules a retry.
            return False
        self._save_timer.stop()
        if not self.is_dirty:
            return True
        if self.db.read_only or self.conflicts:
            return False
        self._saving = True
        try:
            return self._save()
        finally:
            self._saving = False

    def _save(self) -> bool:
        for _attempt in range(MERGES_PER_SAVE):
            try:
                begin_write(self.session, busy_timeout_ms=SAVE_BUSY_WAIT_MS)
            except OperationalError as exc:
                # Nothing was written and nothing changed in memory: just try again later.
                self._save_failed(exc)
                return False
            try:
                if self._stored_version() == self.base_version:
                    self.session.flush()
                    produced = self._stored_version()
                    self.session.commit()
                    break
                self._rebase(capture(self.session, self.postmortem))
            except SQLAlchemyError as exc:
                self._recover_from_failed_save(exc)
                return False
            if self.conflicts:
                self.last_error = CONFLICTS_PENDING
                # A window asks at once; its choice is saved right away.
                self.conflicts_found.emit()
                if self.conflicts:
                    return False
        else:
            # Others keep saving this post-mortem: let them, and merge again shortly.
            self._save_timer.start()
            return False
        self.base_version = produced
        self._unsaved.clear()
        self.is_dirty = False
        self.failed_saves = 0
        self.last_error = None
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self.saved.emit()
        return True

    def resolve(self, choices: list[tuple[Conflict, Choice, object]]) -> None:
        """Apply the person's choice for each conflict (one undo step) and save again."""
        edits = [
            edit
            for conflict, choice, merged in choices
            if (edit := conflict.resolution(choice, merged)) is not None
        ]
        self.conflicts = []
        if edits:
            self.push(Compound(tuple(edits), "Resolve conflicting changes"))
        else:
            self.mark_changed()

    def _be_present(self) -> None:
        self._watcher.be_present(author_of(self.session))
        self._look_who_is_here()

    def _look_who_is_here(self) -> None:
        present = tuple(self._watcher.others_present())
        if present != self.others_present:
            self.others_present = present
            self.presence.emit(present)
        if not self._watcher.is_watching and self._following:
            # The server dropped the connection and asking who is here noticed first:
            # the socket notifier will not fire again, so listen anew from here.
            self._watch_lost()
        elif self._watcher.has_unheard:
            QTimer.singleShot(0, self, self._hear_others)

    def _start_watching(self) -> None:
        """Hear of others' commits through the current watcher."""
        if self._watcher.socket is not None:
            self._notifier = QSocketNotifier(self._watcher.socket, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._hear_others)
            # Once the window named its author (session.info), as the event loop runs.
            QTimer.singleShot(0, self, self._be_present)
            self._presence_timer.start()
        elif self._watcher.is_watching:
            self._poll_timer.start()

    def _hear_others(self) -> None:
        version = self._watcher.poll()
        if self._watcher.presence_changed:
            self._look_who_is_here()
        if not self._watcher.is_watching:
            self._watch_lost()
        if version is not None and version > self._newest_elsewhere:
            self._newest_elsewhere = version
            self.follow_others()

    def _watch_lost(self) -> None:
        self._stop_watching()
        if self._watcher.can_watch_again:
            self._rewatch_timer.start()

    def _watch_again(self) -> None:
        """Connect a new watcher off the UI thread (an unreachable server may take
        seconds to say so), then catch up with what was committed meanwhile."""
        db, postmortem_id = self.db, self.postmortem.id

        def watching(watcher: ChangeWatcher) -> None:
            if not self._following or not watcher.is_watching:
                watcher.close()
                if self._following:
                    self._rewatch_timer.start()
                return
            self._watcher = watcher
            self._start_watching()
            log.info("Hearing of others' changes again")
            try:
                with db.reading() as session:
                    stored = session.scalar(
                        select(Postmortem.version).where(Postmortem.id == postmortem_id)
                    )
            except SQLAlchemyError as exc:
                log.warning("Reading the stored version failed (%s)", type(exc).__name__)
                return
            if stored is not None and stored > self._newest_elsewhere:
                self._newest_elsewhere = stored
                self.follow_others()

        def failed(exc: BaseException) -> None:
            log.warning("Listening again failed (%s)", type(exc).__name__)
            if self._following:
                self._rewatch_timer.start()

        BackgroundOp(None, lambda _context: ChangeWatcher(db, postmortem_id)).success(
            watching
        ).failure(failed).run_in_background()

    def follow_others(self) -> None:
        """Show what others committed since the version this window shows.

        With unsaved edits, that is an early save (which merges theirs first); else
        the objects are read afresh. A save or a conflict in progress finishes first.
        """
        if self._newest_elsewhere <= self.base_version:
            return
        if self._saving or self.conflicts:
            self._follow_timer.start()
            return
        if self.is_dirty and not self.db.read_only:
            self.save()
            return
        self._saving = True
        try:
            # Nothing unsaved, so no transaction to roll back: forget what was read,
            # so that reading again shows what is stored now.
            self.session.expire_all()
            self._rebase(capture(self.session, self.postmortem))
        except SQLAlchemyError as exc:
            # Unreachable for a moment: the next save or commit heard tries again.
            log.warning("Reading what others saved failed (%s)", type(exc).__name__)
            self.session.rollback()
        finally:
            self._saving = False

    def _stored_version(self) -> int:
        # Locks the row on PostgreSQL until the commit, so no one saves in between.
        query = (
            select(Postmortem.version).where(Postmortem.id == self.postmortem.id).with_for_update()
        )
        return int(self.session.execute(query).scalar_one())

    def _recover_from_failed_save(self, exc: SQLAlchemyError) -> None:
        self._rebase(capture(self.session, self.postmortem))
        if self.conflicts:
            self.conflicts_found.emit()
        self._save_failed(exc)

    def _rebase(self, unsaved: Unsaved) -> None:
        """Put the unsaved edits on top of what is stored now (after a failed save, or
        when others saved meanwhile): a three-way merge; see store.merge."""
        self.session.rollback()
        # The rollback put every object back to what is stored (read back in a few
        # queries, not one per object), with what others changed meanwhile.
        others = self._reread()
        self.conflicts = find_conflicts(unsaved, others)
        # The unsaved edits follow in the order they were made; one whose part someone
        # else removed has nothing to change any more (a conflict says so, if needed).
        for edit in self._unsaved:
            for step in _steps(edit):
                try:
                    step.apply()
                except (StopIteration, LookupError, SQLAlchemyError):
                    log.info("An edit of a part removed elsewhere was left out")
        settle(self.session, self.postmortem)
        self.edited.emit(tuple(parts_of(self.postmortem)))
        if others:
            self.merged.emit(tuple(others))

    def _reread(self) -> list[Revision]:
        """Read the post-mortem, its version and what others changed since ours, in
        one snapshot; the next save starts from that version."""
        if self._is_sqlite:
            self.session.connection().exec_driver_sql("BEGIN")
        pm = self._query_graph(self.postmortem.id)
        others, _complete = revisions_since(self.session, pm.id, self.base_version, pm.version)
        self.base_version = pm.version
        self.session.commit()
        return others

    def _save_failed(self, exc: SQLAlchemyError) -> None:
        # Class only: the message of a database error can quote post-mortem text.
        log.warning(
            "Saving the post-mortem failed (%s)", type(getattr(exc, "orig", None) or exc).__name__
        )
        self.failed_saves += 1
        self.last_error = describe_save_error(exc)
        delay = RETRY_DELAYS_MS[min(self.failed_saves, len(RETRY_DELAYS_MS)) - 1]
        self._save_timer.setInterval(delay)
        self._save_timer.start()
        self.save_failed.emit(self.last_error)

    def reload_published_state(self) -> None:
        """Read back what a publish, recorded in its own transaction, changed."""
        self.session.expire(self.postmortem, ["publications", "status", "version", "updated_at"])
        _ = self.postmortem.publications, self.postmortem.status
        # When the publish is all that was saved since, this window shows everything
        # stored: the next save starts from there instead of merging it in.
        version = self.postmortem.version
        others, complete = revisions_since(
            self.session, self.postmortem.id, self.base_version, version
        )
        if complete and all(_publishes_only(revision) for revision in others):
            self.base_version = version

    def close(self) -> None:
        if not self.save() and not self.db.read_only:
            raise UserFacingError(
                f"The post-mortem could not be saved before closing: {self.last_error}",
                "Save a copy of it (File ▸ Save a copy as…), then try again.",
            )
        self.stop_following()
        self.session.close()

    def stop_following(self) -> None:
        """Stop hearing of others' commits (the window closes)."""
        self._following = False
        self._rewatch_timer.stop()
        self._follow_timer.stop()
        self._stop_watching()

    def _stop_watching(self) -> None:
        self._poll_timer.stop()
        self._presence_timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._watcher.close()


def _publishes_only(revision: Revision) -> bool:
    return all(
        entry["part"] == "publication"
        or (entry["part"] == "postmortem" and entry.get("field") == "status")
        for entry in revision.changes
    )


def _steps(edit: Edit) -> list[Edit]:
    """The single edits a compound one makes, in order."""
    if isinstance(edit, Compound):
        return [step for part in edit.edits for step in _steps(part)]
    return [edit]


def describe_save_error(exc: SQLAlchemyError) -> str:
    """One sentence on why a save failed, without quoting any post-mortem text."""
    detail = str(getattr(exc, "orig", None) or "").lower()
    if "disk is full" in detail or "no space" in detail:
        return "The disk is full. Free some space; pmdesk keeps trying and loses nothing."
    if "readonly" in detail or "read-only" in detail:
        return (
            "pmdesk may no longer write to the database file. Check its permissions; "
            "pmdesk keeps trying and loses nothing."
        )
    if "locked" in detail or "busy" in detail:
        return "Another program is writing to the database; pmdesk tries again in a moment."
    if isinstance(exc, OperationalError):
        return "The database cannot be reached; pmdesk keeps trying and loses nothing."
    return (
        "The database refused the change; nothing typed is lost. Save a copy "
        "(File ▸ Save a copy as…) and report this problem."
    )
