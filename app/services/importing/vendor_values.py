"""The default translation of other CRMs' standard picklist values to ours (reviewed by hand).

Sources: Salesforce's default picklist values (Opportunity StageName with its default probabilities,
Account Type, Lead Status, Lead Source), HubSpot's default deal stages and lifecycle stages, Pipedrive's
default pipeline. A translation given by the user (`RecordImportSpec.values`, the wizard's value page)
wins over this table; a value found in neither is refused with the allowed values.

Stages are matched to the import's pipeline: a stage of the same name, else won to the pipeline's won
stage, lost to its lost stage, and an open stage to the open stage nearest in win probability.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

WON, LOST = "won", "lost"
# Salesforce's and HubSpot's default stages -> won, lost or the default win probability of an open stage
STAGES: dict[str, str | int] = {
    "prospecting": 10,
    "qualification": 10,
    "needs analysis": 20,
    "value proposition": 50,
    "id. decision makers": 60,
    "perception analysis": 70,
    "proposal/price quote": 75,
    "negotiation/review": 90,
    "closed won": WON,
    "closed lost": LOST,
    # HubSpot
    "appointment scheduled": 20,
    "qualified to buy": 40,
    "presentation scheduled": 60,
    "decision maker bought-in": 80,
    "contract sent": 90,
    # Pipedrive
    "lead in": 10,
    "contact made": 20,
    "demo scheduled": 40,
    "proposal made": 60,
    "negotiations started": 80,
    "won": WON,
    "lost": LOST,
}
ACCOUNT_STATUS = {
    "customer - direct": "customer",
    "customer - channel": "customer",
    "customer": "customer",
    "channel partner / reseller": "partner",
    "installation partner": "partner",
    "technology partner": "partner",
    "partner": "partner",
    "prospect": "prospect",
    "other": "prospect",
    "analyst": "prospect",
    "competitor": "prospect",
    "integrator": "partner",
    "investor": "prospect",
    "press": "prospect",
    "reseller": "partner",
    "vendor": "supplier",
    "supplier": "supplier",
    "former customer": "churned",
}
LEAD_STATUS = {
    "open - not contacted": "new",
    "working - contacted": "working",
    "closed - converted": "converted",
    "closed - not converted": "disqualified",
    "open": "new",
    "in progress": "working",
    "attempted to contact": "working",
    "connected": "working",
    "open deal": "qualified",
    "unqualified": "disqualified",
    "bad timing": "nurturing",
}
LEAD_SOURCE = {
    "web": "web_form",
    "website": "web_form",
    "online form": "web_form",
    "phone inquiry": "cold_call",
    "partner referral": "referral",
    "partner": "partner",
    "purchased list": "campaign",
    "trade show": "event",
    "seminar - internal": "event",
    "seminar - partner": "event",
    "advertisement": "campaign",
    "employee referral": "referral",
    "external referral": "referral",
    "word of mouth": "referral",
    "public relations": "other",
    "other": "other",
    "organic search": "web_form",
    "paid search": "campaign",
    "email marketing": "campaign",
    "social media": "campaign",
    "direct traffic": "web_form",
    "offline sources": "other",
}
TABLES: dict[tuple[str, str], dict[str, str]] = {
    ("accounts", "status"): ACCOUNT_STATUS,
    ("leads", "status"): LEAD_STATUS,
    ("leads", "source"): LEAD_SOURCE,
    ("contacts", "source"): LEAD_SOURCE,
}


def stage_for(value: str, stages: Mapping[str, Any]) -> str:
    """Our stage (by name) for another CRM's default stage `value`; '' when the table has no entry.
    `stages`: lower-cased name -> StageRef of the import's pipeline."""
    key = value.strip().lower()
    if key in stages:
        return str(stages[key].name)
    target = STAGES.get(key)
    if target is None:
        return ""
    refs = list(stages.values())
    if target == WON:
        return next((s.name for s in refs if s.is_won), "")
    if target == LOST:
        return next((s.name for s in refs if s.is_lost), "")
    open_ = [s for s in refs if not (s.is_won or s.is_lost)]
    return min(open_, key=lambda s: abs(s.probability - int(target))).name if open_ else ""


def default_value(kind: str, field: str, value: str, found: Any) -> str:
    """Our value for `value` of `field` from the table ('' when it has none)."""
    if field == "stage":
        return stage_for(value, found.stages)
    return TABLES.get((kind, field), {}).get(value.strip().lower(), "")


# --- HubSpot and Pipedrive whole exports (importing.hubspot, importing.pipedrive) ---
STAGES.update(
    {
        # Pipedrive's default pipeline, older and newer names
        "qualified": 10,
        "needs defined": 30,
        "proposal sent": 60,
        # HubSpot's internal stage ids, which an API-made export writes instead of the labels
        "appointmentscheduled": 20,
        "qualifiedtobuy": 40,
        "presentationscheduled": 60,
        "decisionmakerboughtin": 80,
        "contractsent": 90,
        "closedwon": WON,
        "closedlost": LOST,
    }
)
# Activity types -> our activity kinds: HubSpot's engagement types, Pipedrive's default activity types.
ACTIVITY_KINDS: dict[str, str] = {
    "call": "call",
    "calls": "call",
    "meeting": "meeting",
    "meetings": "meeting",
    "lunch": "meeting",
    "task": "task",
    "tasks": "task",
    "deadline": "task",
    "to-do": "task",
    "email": "email",
    "emails": "email",
    "note": "note",
    "notes": "note",
}
# What a done/status column says of a finished activity (Pipedrive "Done"/"To do", HubSpot's task status).
DONE_VALUES = frozenset({"done", "completed", "complete", "true", "yes", "1", "erledigt", "terminé"})
# Task priorities (HubSpot: Low, Medium, High) -> ours.
ACTIVITY_PRIORITIES = {
    "low": "low",
    "medium": "normal",
    "normal": "normal",
    "high": "high",
    "urgent": "urgent",
}
# Pipedrive's deal status: a won or lost deal goes to the pipeline's won or lost stage, whatever its stage.
DEAL_STATUS_STAGE = {"won": WON, "lost": LOST}
