"""SQLAlchemy ORM models: one module per aggregate; no Qt and no services here."""

from app.models.account import Account, AccountContact, AccountStatus
from app.models.activity import Activity, ActivityKind, Priority, TaskDependency
from app.models.api_token import ApiToken
from app.models.audit import AuditEntry
from app.models.automation import (
    AutomationOutbox,
    AutomationRule,
    AutomationRun,
    AutomationRunItem,
    AutomationRunKey,
    Notification,
)
from app.models.base import UUID7_SQLITE, Base, Entity, utcnow, uuid7, uuid7_many, uuid7_sql_head
from app.models.contact import Contact, ContactStatus
from app.models.counter import OwnerRowCount, RowCount
from app.models.custom_field import CustomField, FieldKind
from app.models.deal import Deal, DealStageHistory, Pipeline, Stage
from app.models.deal_line import DealLine
from app.models.document import (
    Document,
    DocumentLine,
    DocumentStatus,
    DocumentType,
    NumberSequence,
)
from app.models.importing import ImportBatch, ImportBatchItem, NotDuplicate
from app.models.lead import Lead, LeadLifecycle, LeadStatus
from app.models.nps import NpsResponse
from app.models.product import PriceList, PriceListItem, Product
from app.models.rollup import NO_ID, AccountFirstWon, DealClosedDaily, DealCohortDaily
from app.models.segment import SavedView, Segment
from app.models.setting import Setting
from app.models.tag import Tag, Tagging
from app.models.ticket import SlaPolicy, Ticket, TicketEntry, TicketPriority, TicketStatus
from app.models.user import Role, SignInToken, Team, Territory, User

__all__ = [
    "NO_ID",
    "UUID7_SQLITE",
    "Account",
    "AccountContact",
    "AccountFirstWon",
    "AccountStatus",
    "Activity",
    "ActivityKind",
    "ApiToken",
    "AuditEntry",
    "AutomationOutbox",
    "AutomationRule",
    "AutomationRun",
    "AutomationRunItem",
    "AutomationRunKey",
    "Base",
    "Contact",
    "ContactStatus",
    "CustomField",
    "Deal",
    "DealClosedDaily",
    "DealCohortDaily",
    "DealLine",
    "DealStageHistory",
    "Document",
    "DocumentLine",
    "DocumentStatus",
    "DocumentType",
    "Entity",
    "FieldKind",
    "ImportBatch",
    "ImportBatchItem",
    "Lead",
    "LeadLifecycle",
    "LeadStatus",
    "NotDuplicate",
    "Notification",
    "NpsResponse",
    "NumberSequence",
    "OwnerRowCount",
    "Pipeline",
    "PriceList",
    "PriceListItem",
    "Priority",
    "Product",
    "Role",
    "RowCount",
    "SavedView",
    "Segment",
    "Setting",
    "SignInToken",
    "SlaPolicy",
    "Stage",
    "Tag",
    "Tagging",
    "TaskDependency",
    "Team",
    "Territory",
    "Ticket",
    "TicketEntry",
    "TicketPriority",
    "TicketStatus",
    "User",
    "utcnow",
    "uuid7",
    "uuid7_many",
    "uuid7_sql_head",
]
