"""A sequence's steps and sending window as data, and their validation (which step, which field, why)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.services.core.errors import FieldError, ValidationError

STEP_TYPES = ("email", "wait", "task")
DEFAULT_WINDOW: dict[str, Any] = {"start": 0, "end": 24, "weekdays": [0, 1, 2, 3, 4, 5, 6]}


def validate_steps(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The steps, checked and normalised; ValidationError names each bad step."""
    errors: list[FieldError] = []
    clean: list[dict[str, Any]] = []
    if not steps:
        errors.append(FieldError("steps", "a sequence needs at least one step"))
    for i, step in enumerate(steps):
        where = f"steps[{i}]"
        kind = step.get("type") if isinstance(step, dict) else None
        if kind not in STEP_TYPES:
            errors.append(FieldError(where, f"unknown step {kind!r}; one of {', '.join(STEP_TYPES)}"))
            continue
        if kind == "email":
            template = str(step.get("template_id", "")).strip()
            if not template:
                errors.append(FieldError(f"{where}.template_id", "an email step needs a mail template"))
            clean.append({"type": "email", "template_id": template})
        elif kind == "wait":
            days = _int(step.get("days"))
            if days is None or days < 1 or days > 365:
                errors.append(FieldError(f"{where}.days", "wait a whole number of days from 1 to 365"))
            clean.append({"type": "wait", "days": days or 0})
        else:
            subject = str(step.get("subject", "")).strip()
            due = _int(step.get("due_days", 0))
            if not subject:
                errors.append(FieldError(f"{where}.subject", "a task needs a subject"))
            if due is None or due < 0:
                errors.append(FieldError(f"{where}.due_days", "due in zero or more whole days"))
            clean.append({"type": "task", "subject": subject[:300], "due_days": due or 0})
    if errors:
        raise ValidationError(errors)
    return clean


def validate_window(window: dict[str, Any] | None) -> dict[str, Any]:
    """A sending window {"start": hour, "end": hour, "weekdays": [0=Monday ...]}, in UTC."""
    if not window:
        return dict(DEFAULT_WINDOW)
    start, end = _int(window.get("start", 0)), _int(window.get("end", 24))
    days = window.get("weekdays", DEFAULT_WINDOW["weekdays"])
    errors = []
    if start is None or end is None or not 0 <= start < end <= 24:
        errors.append(FieldError("window", "the window runs from an hour 0-23 to a later hour 1-24"))
    if not isinstance(days, list) or not days or any(_int(d) not in range(7) for d in days):
        errors.append(FieldError("window.weekdays", "weekdays are 0 (Monday) to 6 (Sunday), at least one"))
    if errors:
        raise ValidationError(errors)
    return {"start": start, "end": end, "weekdays": sorted({int(d) for d in days})}


def in_window(window: dict[str, Any], now: datetime) -> bool:
    w = window or DEFAULT_WINDOW
    return now.weekday() in w.get("weekdays", range(7)) and int(w.get("start", 0)) <= now.hour < int(
        w.get("end", 24)
    )


def describe(step: dict[str, Any]) -> str:
    if step["type"] == "email":
        return f"send mail '{step['template_id']}'"
    if step["type"] == "wait":
        return f"wait {step['days']} day{'s' if step['days'] != 1 else ''}"
    return f"create task '{step['subject']}' due in {step['due_days']} days"


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
