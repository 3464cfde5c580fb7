"""The typed errors services raise; views turn them into messages, the CLI into exit codes."""

from __future__ import annotations

from dataclasses import dataclass


class RapportError(Exception):
    """Base of every error a service raises on purpose."""


@dataclass(frozen=True)
class FieldError:
    """One problem with one field (and, for imports, one row)."""

    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


class ValidationError(RapportError):
    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, field: str) -> str | None:
        return next((e.message for e in self.errors if e.field == field), None)


class NotFoundError(RapportError):
    def __init__(self, entity: str, entity_id: object) -> None:
        super().__init__(f"{entity} {entity_id} does not exist or was deleted")
        self.entity = entity
        self.entity_id = entity_id


class ConflictError(RapportError):
    """Someone else changed the record since it was read (optimistic locking)."""


class DatabaseError(RapportError):
    """The database cannot be used: not a Rapport file, corrupt, newer than this app, unreachable."""


class DatabaseBusyError(RapportError):
    """Another program held the database's write lock for longer than this save would wait."""


class AccessDeniedError(RapportError):
    """The signed-in user's role or visibility does not allow this (app/services/access/)."""
