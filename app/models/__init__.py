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
from app.models.campaign import (
    Campaign,
    CampaignMember,
    CampaignType,
    Consent,
    ConsentChannel,
    ConsentEvent,
    ConsentStatus,
    EnrolmentStatus,
    MarketingOutbox,
    MemberStatus,
    Sequence,
    SequenceEnrolment,
    SequenceStepRun,
)
from app.models.contact import Contact, ContactStatus
from app.models.counter import OwnerRowCount, RowCount
from app.models.custom_field import CustomField, FieldKind
from app.models.customer_value import (
    AccountValue,
    CustomerStatusEvent,
    ProductPair,
    ProductUpgrade,
    SegmentProduct,
    StatusChange,
    SuggestionEvent,
)
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
from app.models.mail import (
    EmailTemplate,
    MailAccount,
    MailAddressState,
    MailAttachment,
    MailDirection,
    MailFolderState,
    MailMessage,
    MailOutbox,
    MailSecurity,
    OutboxStatus,
)
from app.models.nps import NpsResponse
from app.models.product import PriceList, PriceListItem, Product
from app.models.rollup import NO_ID, AccountFirstWon, DealClosedDaily, DealCohortDaily
from app.models.segment import SavedView, Segment
from app.models.setting import Setting
from app.models.sync import SyncLogEntry
from app.models.tag import Tag, Tagging
from app.models.ticket import (
    KbArticle,
    SlaPolicy,
    Ticket,
    TicketEntry,
    TicketLink,
    TicketPriority,
    TicketStatus,
)
from app.models.user import Role, SignInToken, Team, Territory, User
from app.models.webhook import WebhookSubscription

__all__ = [
    "NO_ID",
    "UUID7_SQLITE",
    "Account",
    "AccountContact",
    "AccountFirstWon",
    "AccountStatus",
    "AccountValue",
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
    "Campaign",
    "CampaignMember",
    "CampaignType",
    "Consent",
    "ConsentChannel",
    "ConsentEvent",
    "ConsentStatus",
    "Contact",
    "ContactStatus",
    "CustomField",
    "CustomerStatusEvent",
    "Deal",
    "DealClosedDaily",
    "DealCohortDaily",
    "DealLine",
    "DealStageHistory",
    "Document",
    "DocumentLine",
    "DocumentStatus",
    "DocumentType",
    "EmailTemplate",
    "EnrolmentStatus",
    "Entity",
    "FieldKind",
    "ImportBatch",
    "ImportBatchItem",
    "KbArticle",
    "Lead",
    "LeadLifecycle",
    "LeadStatus",
    "MailAccount",
    "MailAddressState",
    "MailAttachment",
    "MailDirection",
    "MailFolderState",
    "MailMessage",
    "MailOutbox",
    "MailSecurity",
    "MarketingOutbox",
    "MemberStatus",
    "NotDuplicate",
    "Notification",
    "NpsResponse",
    "NumberSequence",
    "OutboxStatus",
    "OwnerRowCount",
    "Pipeline",
    "PriceList",
    "PriceListItem",
    "Priority",
    "Product",
    "ProductPair",
    "ProductUpgrade",
    "Role",
    "RowCount",
    "SavedView",
    "Segment",
    "SegmentProduct",
    "Sequence",
    "SequenceEnrolment",
    "SequenceStepRun",
    "Setting",
    "SignInToken",
    "SlaPolicy",
    "Stage",
    "StatusChange",
    "SuggestionEvent",
    "SyncLogEntry",
    "Tag",
    "Tagging",
    "TaskDependency",
    "Team",
    "Territory",
    "Ticket",
    "TicketEntry",
    "TicketLink",
    "TicketPriority",
    "TicketStatus",
    "User",
    "WebhookSubscription",
    "utcnow",
    "uuid7",
    "uuid7_many",
    "uuid7_sql_head",
]
