"""The ready-made rules, added disabled: the user switches on those that fit."""

from __future__ import annotations

from app.services.automation.spec import RuleInput


def _web_lead() -> RuleInput:
    return RuleInput(
        "New web lead: assign round-robin, call within a day",
        "lead",
        "created",
        {},
        {"match": "all", "items": [{"field": "source", "operator": "equals", "value": "web_form"}]},
        (
            {"type": "assign_owner", "user": "round_robin"},
            {"type": "create_task", "subject": "Call the new lead", "due_days": 1, "assignee": "owner"},
        ),
    )


def _won_deal() -> RuleInput:
    return RuleInput(
        "Won deal: onboarding tasks",
        "deal",
        "deal_stage",
        {"outcome": "won"},
        {},
        (
            {
                "type": "create_task",
                "subject": "Onboarding: kick-off call",
                "due_days": 2,
                "assignee": "owner",
            },
            {"type": "create_task", "subject": "Onboarding: send the welcome pack", "due_days": 3},
        ),
    )


def _quiet_account() -> RuleInput:
    return RuleInput(
        "Account with no activity for 30 days: task for its owner",
        "account",
        "no_activity",
        {"days": 30},
        {},
        ({"type": "create_task", "subject": "Check in: no activity for 30 days", "due_days": 0},),
    )


def _unanswered_quote() -> RuleInput:
    return RuleInput(
        "Quote not answered in 7 days: follow-up task",
        "document",
        "date_reached",
        {"field": "issued_on", "days": 7, "only": {"doc_type": "quote", "status": "sent"}},
        {},
        ({"type": "create_task", "subject": "Follow up the quote", "due_days": 0},),
    )


BUILTINS = {
    "web_lead_round_robin": _web_lead,
    "won_deal_onboarding": _won_deal,
    "quiet_account_30_days": _quiet_account,
    "quote_unanswered_7_days": _unanswered_quote,
}
