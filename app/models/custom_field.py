"""Custom field definitions: extra fields users add to accounts, contacts, leads, deals and products.

Values live in each record's JSON `custom` column under the field's `key`. Deleting a definition
soft-deletes it (the values stay stored and come back on restore); only a purge removes the values.
"""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, JSONType, enum_column


class FieldKind(enum.StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    MONEY = "money"  # integer minor units in JSON; the currency is the definition's `options["currency"]`
    DATE = "date"  # ISO yyyy-mm-dd string in JSON, so it sorts and compares as text
    CHECKBOX = "checkbox"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"


class CustomField(Entity):
    __tablename__ = "custom_fields"

    entity_type: Mapped[str] = mapped_column(String(30))  # "account", "contact", "lead", "deal", "product"
    key: Mapped[str] = mapped_column(String(60))  # the JSON key; never changes once values are stored
    label: Mapped[str] = mapped_column(String(120))
    kind: Mapped[FieldKind] = mapped_column(enum_column(FieldKind))
    required: Mapped[bool] = mapped_column(default=False)
    default_value: Mapped[Any | None] = mapped_column(JSONType, default=None)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)  # choices, currency, ...
    position: Mapped[int] = mapped_column(default=0)

    # A trashed field keeps its key (its values are still stored), so the key stays taken until purged.
    __table_args__ = (UniqueConstraint("entity_type", "key", name="uq_custom_fields_entity_key"),)
