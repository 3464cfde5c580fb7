"""Shared set-up for the automation tests: rules made through the service, records through theirs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.context import AppContext
from app.models import Activity, AutomationRun, AutomationRunItem
from app.services.automation.spec import RuleDetail, RuleInput
from app.services.records.contacts import ContactInput


def rule(
    ctx: AppContext,
    entity: str,
    trigger: str,
    actions: list[dict[str, Any]],
    name: str = "Rule",
    params: dict[str, Any] | None = None,
    conditions: dict[str, Any] | None = None,
) -> RuleDetail:
    data = RuleInput(name, entity, trigger, params or {}, conditions or {}, tuple(actions), enabled=True)
    return ctx.automation.create(data).value


def contact(ctx: AppContext, last: str, **fields: Any) -> Any:
    return ctx.contacts.create(ContactInput(last_name=last, **fields)).value


def rows(ctx: AppContext, stmt: Any) -> list[Any]:
    """Detached, loaded rows (read in a session that is rolled back)."""
    with ctx.uow.read() as s:
        found = list(s.scalars(stmt))
        s.expunge_all()
        return found


def tasks(ctx: AppContext) -> list[Activity]:
    return rows(ctx, select(Activity).where(Activity.deleted_at.is_(None)).order_by(Activity.id))


def runs(ctx: AppContext) -> list[AutomationRun]:
    return rows(ctx, select(AutomationRun).order_by(AutomationRun.id))


def items(ctx: AppContext) -> list[AutomationRunItem]:
    return rows(ctx, select(AutomationRunItem).order_by(AutomationRunItem.id))
