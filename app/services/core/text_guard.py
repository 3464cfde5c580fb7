"""The last check before text reaches the database: no control characters, no NUL bytes.

Services validate their input field by field (validation.require_text, custom_validation); this guard
runs on every flush of a unit of work and refuses any new or changed text column, or string inside a
JSON column, that still holds one, so no service can store what an XLSX export or PostgreSQL would
refuse. Only the Text columns (notes, descriptions) may hold tabs and line breaks; custom-field JSON may
too (its long-text kind), other control characters never. Values already stored are not re-checked, so a
record holding one from an older version can still be edited (its other fields) and exported.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String, Text, inspect
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services.core.errors import FieldError, ValidationError
from app.services.core.validation import control_character_error


def check_session_text(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """before_flush listener: raise ValidationError naming every bad field of the pending objects."""
    errors: list[FieldError] = []
    new = session.new  # an IdentitySet built on each access: once
    for obj in (*new, *session.dirty):
        if isinstance(obj, AuditEntry):  # written from values checked here
            continue
        state = inspect(obj)
        fresh = state.key is None  # pending: every column is new
        for column in state.mapper.columns:
            key = state.mapper.get_property_by_column(column).key
            if not fresh and not state.attrs[key].history.has_changes():
                continue
            value = state.attrs[key].value
            if isinstance(column.type, String):
                if isinstance(value, str):
                    err = control_character_error(value, key, isinstance(column.type, Text))
                    errors += [err] if err else []
            elif isinstance(column.type, JSON):
                errors += _json_errors(value, key)
    if errors:
        raise ValidationError(errors)


def _json_errors(value: Any, path: str) -> list[FieldError]:
    if isinstance(value, str):
        err = control_character_error(value, path, multiline=True)
        return [err] if err else []
    if isinstance(value, dict):
        return [
            e for k, v in value.items() for e in (_json_errors(str(k), path) + _json_errors(v, f"{path}.{k}"))
        ]
    if isinstance(value, list):
        return [e for v in value for e in _json_errors(v, path)]
    return []
