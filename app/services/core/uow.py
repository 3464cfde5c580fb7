"""Unit of work: one session and one transaction per user action, with audit and change records."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db import WalCheckpoints
from app.models import AuditEntry, uuid7
from app.services.core.changes import ChangeBus, ChangeCollector, ChangeKind, ChangeSet
from app.services.core.errors import ConflictError, FieldError, ValidationError
from app.services.core.initiator import Initiator, initiator
from app.services.core.live.payload import CHANNEL, encode
from app.services.core.live.recent import RecentIds
from app.services.core.text_guard import check_session_text
from app.services.core.write_lock import begin_write, busy_error, is_locked_error


def audit_text(value: Any) -> str | None:
    """Render a field value for the audit trail."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


@dataclass
class Work:
    """Handle given to a service inside a unit of work."""

    session: Session
    user_id: uuid.UUID | None
    initiator: Initiator | None = None  # who opened it; its change record carries it
    collector: ChangeCollector = field(default_factory=ChangeCollector)
    changes: ChangeSet = field(default_factory=ChangeSet)
    bulk: bool = False  # set by a bulk job: its commit leaves the WAL checkpoint to a background thread
    # this work's audit rows: the live refresh of its own context skips them
    audit_ids: list[uuid.UUID] = field(default_factory=list)

    def changed(self, entity: str, kind: ChangeKind, ids: Iterable[uuid.UUID]) -> None:
        self.collector.add(entity, kind, ids)

    def audit(
        self,
        entity: str,
        entity_id: uuid.UUID,
        action: str,
        field_name: str = "",
        old: Any = None,
        new: Any = None,
    ) -> None:
        audit_id = uuid7()
        self.audit_ids.append(audit_id)
        self.session.add(
            AuditEntry(
                id=audit_id,
                user_id=self.user_id,
                entity_type=entity,
                entity_id=entity_id,
                action=action,
                field=field_name,
                old_value=audit_text(old),
                new_value=audit_text(new),
            )
        )


# Called with the Work after the caller's writes and before the commit, in the same transaction: a
# capability registers here through app/extensions.py (automation runs its rules), so core knows none.
BeforeCommit = Callable[[Work], None]
_BEFORE_COMMIT: list[BeforeCommit] = []


def register_before_commit(hook: BeforeCommit) -> None:
    """Run `hook(work)` inside every unit of work just before it commits (idempotent)."""
    if hook not in _BEFORE_COMMIT:
        _BEFORE_COMMIT.append(hook)


class UnitOfWorkFactory:
    """Opens units of work against one session factory and publishes their changes on commit."""

    def __init__(
        self, sessions: sessionmaker[Session], bus: ChangeBus, checkpoints: WalCheckpoints | None = None
    ) -> None:
        self.sessions = sessions
        self.bus = bus
        self.user_id: uuid.UUID | None = None
        self.checkpoints = checkpoints or WalCheckpoints()
        # Live refresh: the tag this context's NOTIFY payloads carry (its own listener skips them), and
        # the audit rows it wrote (the SQLite poller skips those). A worker's unbroadcast copy shares both.
        self.live_tag = uuid.uuid4().hex[:16]
        self.local_audit = RecentIds()

    @contextmanager
    def __call__(self) -> Iterator[Work]:
        """A write: the write lock is taken first (write_lock.begin_write), so what the work reads to
        decide (a unique check, the next number) cannot change before it commits."""
        session = self.sessions()
        real = isinstance(session, Session)  # tests/fakes.py hands in a stand-in that has no database
        if real:
            event.listen(session, "before_flush", check_session_text)
        # Who acts is read when the work opens, in the caller's thread and context.
        work = Work(session=session, user_id=self.user_id, initiator=initiator(self.user_id))
        try:
            if real:
                begin_write(session)
            yield work
            if real:
                for hook in _BEFORE_COMMIT:
                    hook(work)
            work.changes = work.collector.freeze(work.initiator)
            if real and work.changes:
                self._notify(session, work.changes)
            # Known before the commit: the SQLite poller may look the moment it lands.
            self.local_audit.add(work.audit_ids)
            if work.bulk:
                with self.checkpoints.deferred(session):
                    session.commit()
            else:
                session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(
                "This record was changed elsewhere since you opened it; reload it and try again."
            ) from exc
        except IntegrityError as exc:
            session.rollback()
            raise ValidationError(
                FieldError("record", f"the database refused the change: {exc.orig}")
            ) from exc
        except OperationalError as exc:
            session.rollback()
            if is_locked_error(exc):  # a write that did not take the lock first (DDL, a bulk statement)
                raise busy_error(0) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        self.local_audit.add(())  # counted again once committed: the poller's "was that us?" (sqlite_poller)
        self.bus.publish(work.changes)

    def _notify(self, session: Session, changes: ChangeSet) -> None:
        """On PostgreSQL, tell the other clients in this transaction: delivered on commit, never on rollback."""
        if session.get_bind().dialect.name != "postgresql":
            return
        for payload in encode(changes, self.live_tag):
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
            )

    def unbroadcast(self) -> UnitOfWorkFactory:
        """A factory on the same database whose change records are returned, not broadcast: for work in
        a worker thread, whose caller publishes the ChangeSet on `self.bus` from the GUI thread (it keeps
        the initiator it was made with, so run the worker in the caller's context)."""
        factory = UnitOfWorkFactory(self.sessions, ChangeBus(), self.checkpoints)
        factory.user_id = self.user_id
        factory.live_tag = self.live_tag
        factory.local_audit = self.local_audit
        return factory

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session: nothing is committed."""
        session = self.sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()


class JoinedWork(UnitOfWorkFactory):
    """A factory whose every unit is one already open work: a service called from inside another unit of
    work (an import's steps, a rule's actions) writes in that transaction and reads what it wrote."""

    def __init__(self, work: Work, outer: UnitOfWorkFactory | None = None) -> None:
        if outer is not None:
            super().__init__(outer.sessions, outer.bus, outer.checkpoints)
        else:  # never opened: every unit is `work`
            super().__init__(sessionmaker(bind=work.session.get_bind()), ChangeBus())
        self.user_id = work.user_id
        self.work = work

    @contextmanager
    def __call__(self) -> Iterator[Work]:
        yield self.work

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self.work.session
