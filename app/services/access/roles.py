"""The roles: per record type the actions each may take, and whose records each sees."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from app.models import Role
from app.services.core.guard import ACTIONS


class Scope(enum.StrEnum):
    """Whose records a user sees (and so may change, if the role allows the action)."""

    OWN = "own"
    TEAM = "team"
    TERRITORY = "territory"
    ALL = "all"


# Record types whose rows carry an owner, and those seen through their account.
OWNED = ("account", "contact", "lead", "deal", "activity")
THROUGH_ACCOUNT = ("document",)
SERVICE = ("ticket", "kb_article")  # the service desk's records: no owner, an assignee
RECORDS = (*OWNED, *THROUGH_ACCOUNT, *SERVICE, "product", "segment", "report")
# Settings every user reads but only some change: a sales manager runs the sales process (tags, pipelines,
# SLA policy, automation rules, lead scoring); the schema, the company, what the public posts and others' tokens are
# the administrator's alone.
SALES_SETTINGS = ("tag", "pipeline", "SLA policy", "automation rule", "lead scoring rule")
ADMIN_SETTINGS = (
    "custom field",
    "company setting",
    "web form",
    "API token of another user",
    "webhook subscription",
)
SETTINGS = (*SALES_SETTINGS, *ADMIN_SETTINGS)
PLURAL = {
    "activity": "activities",
    "user": "users",
    "SLA policy": "the SLA policy",
    "kb_article": "knowledge articles",
    "API token of another user": "API tokens of another user",
}

FULL = frozenset(ACTIONS)
VIEW = frozenset({"view"})
WORK = frozenset({"view", "create", "edit", "delete", "export"})


@dataclass(frozen=True)
class RoleRules:
    scope: Scope
    actions: Mapping[str, frozenset[str]]  # record type -> allowed actions; a type not named: none
    manages_users: bool = False

    def allows(self, action: str, entity: str) -> bool:
        return action in self.actions.get(entity, frozenset())


def _same(actions: frozenset[str], *entities: str) -> dict[str, frozenset[str]]:
    return dict.fromkeys(entities, actions)


RULES: Mapping[Role, RoleRules] = {
    Role.ADMINISTRATOR: RoleRules(Scope.ALL, _same(FULL, *RECORDS, "user", *SETTINGS), manages_users=True),
    Role.SALES_MANAGER: RoleRules(
        Scope.ALL, {**_same(VIEW, *SETTINGS), **_same(FULL, *RECORDS, *SALES_SETTINGS), "user": VIEW}
    ),
    Role.SALES_REP: RoleRules(
        Scope.TEAM,
        {
            **_same(VIEW, *SETTINGS),
            **_same(WORK, *OWNED, *THROUGH_ACCOUNT, "segment", "report", "ticket"),
            "product": VIEW,
            "kb_article": VIEW,
            "user": VIEW,
        },
    ),
    Role.SERVICE_AGENT: RoleRules(
        Scope.ALL,
        {
            **_same(VIEW, *RECORDS, "user", *SETTINGS),
            "contact": frozenset({"view", "create", "edit"}),
            "account": frozenset({"view", "edit"}),
            "activity": WORK,
            "ticket": FULL,  # merging and importing tickets included
            "kb_article": WORK,
        },
    ),
    Role.READ_ONLY: RoleRules(Scope.ALL, _same(VIEW, *RECORDS, "user", *SETTINGS)),
}


def role_label(role: Role) -> str:
    """'sales rep', 'read-only': how a role reads in a sentence."""
    return "read-only" if role is Role.READ_ONLY else role.value.replace("_", " ")


def plural(entity: str) -> str:
    return PLURAL.get(entity, f"{entity}s")


# (value, label) of every role, for a choice box and `rapport user add --role`.
ROLE_CHOICES = tuple((role.value, role_label(role)) for role in Role)
