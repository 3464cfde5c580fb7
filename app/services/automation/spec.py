"""A rule's parts as data: the triggers and actions on offer, the rule input and its validation, and the
frozen dataclasses the service returns."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.services.core.errors import FieldError, ValidationError

MAX_DEPTH = 3  # a rule's actions may trigger rules, whose actions may trigger rules ... this deep, no more

# trigger -> (the entities it applies to, is it a time rule)
EVENT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "created": ("contact", "account", "lead", "deal", "activity", "document"),
    "field_changed": ("contact", "account", "lead", "deal", "activity", "document"),
    "deal_stage": ("deal",),
    "score_crosses": ("lead",),
    "email_received": ("contact", "lead"),  # mail from them read from the user's inbox (issue 21)
}
TIME_TRIGGERS: dict[str, tuple[str, ...]] = {
    "date_reached": ("contact", "account", "lead", "deal", "activity", "document"),
    "no_activity": ("contact", "account", "lead", "deal"),
    "task_overdue": ("activity",),
    "sla_near": ("ticket",),
}
TRIGGER_LABELS = {
    "created": "a record is created",
    "field_changed": "a field changes",
    "deal_stage": "a deal moves to a stage, is won or lost",
    "score_crosses": "a lead's score crosses a threshold",
    "email_received": "an email arrives from them",
    "date_reached": "a date is reached",
    "no_activity": "no activity for N days",
    "task_overdue": "a task becomes overdue",
    "sla_near": "a ticket nears its SLA breach (N minutes before)",
}
SLA_TARGETS = ("first_response", "resolution")
TICKET_ACTIONS = ("assign_owner", "set_field", "add_tag", "remove_tag", "notify", "webhook")
ACTIONS = (
    "create_task",
    "assign_owner",
    "set_field",
    "add_tag",
    "remove_tag",
    "move_stage",
    "notify",
    "webhook",
    "enrol_in_sequence",
    "create_document",
    "send_email",
)
ACTION_LABELS = {
    "create_task": "create a task or activity",
    "assign_owner": "assign the owner",
    "set_field": "set a field",
    "add_tag": "add a tag",
    "remove_tag": "remove a tag",
    "move_stage": "move the deal to a stage",
    "notify": "notify a user in the app",
    "webhook": "call a webhook",
    "enrol_in_sequence": "enrol in a drip sequence",
    "create_document": "create a document from a template",
    "send_email": "send an email from a template",
}
DOCUMENT_TYPES = ("quote", "sales_order")  # what create_document makes
DOCUMENT_ENTITIES = ("deal", "account", "contact")  # the records it addresses a document from
CONDITION_ENTITIES = ("contact", "account", "lead")  # those the segments' criteria compiler knows
TERRITORY = ("lead", "contact", "account")  # the records a territory covers (country, region, postcode)


@dataclass(frozen=True)
class RuleInput:
    name: str
    entity: str
    trigger: str
    trigger_params: dict[str, Any] = field(default_factory=dict)
    conditions: dict[str, Any] = field(default_factory=dict)
    actions: tuple[dict[str, Any], ...] = ()
    enabled: bool = False


@dataclass(frozen=True)
class RuleDetail:
    id: uuid.UUID
    name: str
    entity: str
    trigger: str
    trigger_params: dict[str, Any]
    conditions: dict[str, Any]
    actions: tuple[dict[str, Any], ...]
    enabled: bool
    paused_reason: str
    failure_count: int
    builtin_key: str
    version: int

    @property
    def is_time_rule(self) -> bool:
        return self.trigger in TIME_TRIGGERS

    @property
    def active(self) -> bool:
        return self.enabled and not self.paused_reason

    def as_input(self) -> RuleInput:
        return RuleInput(
            self.name,
            self.entity,
            self.trigger,
            self.trigger_params,
            self.conditions,
            self.actions,
            self.enabled,
        )


@dataclass(frozen=True)
class PlannedAction:
    """What a rule would do (dry run) or did (run item) to one record."""

    record_type: str
    record_id: uuid.UUID
    action: str
    summary: str


@dataclass(frozen=True)
class RunItemDetail:
    record_type: str
    record_id: uuid.UUID
    action: str
    outcome: str
    error: str


@dataclass(frozen=True)
class RunDetail:
    id: uuid.UUID
    rule_id: uuid.UUID
    rule_name: str
    trigger: str
    started_at: datetime
    depth: int
    status: str
    note: str
    items: tuple[RunItemDetail, ...] = ()


def validate_shape(data: RuleInput) -> None:
    """Check the rule's parts that need no database: one ValidationError naming every bad part."""
    errors: list[FieldError] = []
    if not data.name.strip():
        errors.append(FieldError("name", "a rule needs a name"))
    elif len(data.name) > 120:
        errors.append(FieldError("name", "at most 120 characters"))
    entities = EVENT_TRIGGERS.get(data.trigger) or TIME_TRIGGERS.get(data.trigger)
    if entities is None:
        errors.append(
            FieldError("trigger", f"unknown trigger {data.trigger!r}; one of {', '.join(TRIGGER_LABELS)}")
        )
    elif data.entity not in entities:
        errors.append(
            FieldError("entity", f"'{data.trigger}' applies to {', '.join(entities)}, not {data.entity!r}")
        )
    errors += _trigger_param_errors(data.trigger, data.trigger_params)
    if data.conditions and data.entity not in CONDITION_ENTITIES:
        errors.append(FieldError("conditions", f"conditions are for {', '.join(CONDITION_ENTITIES)} rules"))
    if not data.actions:
        errors.append(FieldError("actions", "a rule needs at least one action"))
    for i, action in enumerate(data.actions):
        kind = action.get("type") if isinstance(action, dict) else None
        if kind not in ACTIONS:
            errors.append(
                FieldError(f"actions[{i}]", f"unknown action {kind!r}; one of {', '.join(ACTIONS)}")
            )
        elif data.entity == "ticket" and kind not in TICKET_ACTIONS:
            errors.append(
                FieldError(f"actions[{i}]", f"a ticket rule can {', '.join(TICKET_ACTIONS)}, not {kind}")
            )
        elif kind == "move_stage" and data.entity != "deal":
            errors.append(FieldError(f"actions[{i}]", "only a deal can be moved to a stage"))
        elif kind in ("create_task",) and not str(action.get("subject", "")).strip():
            errors.append(FieldError(f"actions[{i}].subject", "a task needs a subject"))
        elif kind == "webhook" and not str(action.get("url", "")).startswith(("http://", "https://")):
            errors.append(FieldError(f"actions[{i}].url", "a webhook needs an http:// or https:// address"))
        elif kind == "assign_owner" and action.get("user") == "territory" and data.entity not in TERRITORY:
            errors.append(
                FieldError(
                    f"actions[{i}].user", f"by territory assigns {', '.join(TERRITORY)}, not {data.entity}"
                )
            )
        elif kind == "enrol_in_sequence" and data.entity not in ("contact", "lead"):
            errors.append(
                FieldError(f"actions[{i}]", "only a contact or a lead can be enrolled in a sequence")
            )
        elif kind == "enrol_in_sequence" and not _is_uuid(action.get("sequence_id")):
            errors.append(FieldError(f"actions[{i}].sequence_id", "say which sequence"))
        elif kind == "set_field" and not action.get("field"):
            errors.append(FieldError(f"actions[{i}].field", "say which field to set"))
        elif kind in ("add_tag", "remove_tag") and not str(action.get("tag", "")).strip():
            errors.append(FieldError(f"actions[{i}].tag", "say which tag"))
        elif kind == "create_document":
            errors += _document_errors(f"actions[{i}]", data.entity, action)
        elif kind == "send_email" and data.entity not in ("contact", "lead"):
            errors.append(FieldError(f"actions[{i}]", "an email is sent to a contact or a lead"))
        elif kind == "send_email" and not str(action.get("template", "")).strip():
            errors.append(FieldError(f"actions[{i}].template", "name the email template to send"))
    if errors:
        raise ValidationError(errors)


def _document_errors(where: str, entity: str, action: dict[str, Any]) -> list[FieldError]:
    if entity not in DOCUMENT_ENTITIES:
        return [FieldError(where, f"a document is made for a {', '.join(DOCUMENT_ENTITIES)}, not a {entity}")]
    if action.get("doc_type", "quote") not in DOCUMENT_TYPES:
        return [FieldError(f"{where}.doc_type", f"one of {', '.join(DOCUMENT_TYPES)}")]
    template = action.get("template_id")
    if not template:
        return [] if entity == "deal" else [FieldError(f"{where}.template_id", "choose a template document")]
    try:
        uuid.UUID(str(template))
    except ValueError:
        return [FieldError(f"{where}.template_id", f"{template!r} is not a document id")]
    return []


def _trigger_param_errors(trigger: str, params: dict[str, Any]) -> list[FieldError]:
    errors = []
    if trigger == "field_changed" and not params.get("field"):
        errors.append(FieldError("trigger_params.field", "say which field's change triggers the rule"))
    if trigger == "deal_stage" and not (params.get("stage_id") or params.get("outcome") in ("won", "lost")):
        errors.append(FieldError("trigger_params", "name a stage (stage_id) or an outcome (won or lost)"))
    if trigger == "score_crosses" and not isinstance(params.get("threshold"), int):
        errors.append(FieldError("trigger_params.threshold", "a whole-number score threshold"))
    if trigger in ("no_activity",) and not (isinstance(params.get("days"), int) and params["days"] > 0):
        errors.append(FieldError("trigger_params.days", "a number of days above 0"))
    if trigger == "sla_near":
        if not (isinstance(params.get("minutes"), int) and params["minutes"] >= 0):
            errors.append(
                FieldError("trigger_params.minutes", "how many minutes before the breach (0 or more)")
            )
        if params.get("target", "resolution") not in SLA_TARGETS:
            errors.append(FieldError("trigger_params.target", f"one of {', '.join(SLA_TARGETS)}"))
    if trigger == "date_reached":
        if not params.get("field"):
            errors.append(FieldError("trigger_params.field", "say which date field"))
        if not isinstance(params.get("days", 0), int):
            errors.append(FieldError("trigger_params.days", "a whole number of days (negative: before)"))
    return errors


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
