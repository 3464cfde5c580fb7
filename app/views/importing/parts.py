"""Small pieces the import wizard's pages share: a combo of (text, data) items, a refusal report's lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from app.services.core.errors import ValidationError


def combo_of(items: list[tuple[str, Any]], name: str) -> QComboBox:
    """A combo of (text, data) items."""
    box = QComboBox(objectName=name)
    for text, value in items:
        box.addItem(text, value)
    return box


def report_lines(error: ValidationError, limit: int = 200) -> list[str]:
    lines = [str(e) for e in error.errors[:limit]]
    if len(error.errors) > limit:
        lines.append(f"… and {len(error.errors) - limit} more")
    return lines
