"""AppContext: the one composition root. Builds the engine, sessions, change bus and services.

Each service is named here once, by where it lives, and built the first time it is asked for (then kept),
so opening the database loads only what the first page needs (start-up time; see docs/architecture.md).
Views, commands and scripts take their services from the context; none constructs one itself.
"""

from __future__ import annotations

import getpass
import sqlite3
from importlib import import_module
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine
from app.extensions import install_extensions
from app.services.core.changes import ChangeBus
from app.services.core.uow import UnitOfWorkFactory
from app.services.database.schema import UpgradeResult, upgrade

if TYPE_CHECKING:
    from app.services.access.reassign import ReassignService
    from app.services.access.signin import Credentials, SessionUser, SignInService
    from app.services.access.users import UsersService
    from app.services.automation.default_owner import AssignmentService
    from app.services.automation.service import AutomationService
    from app.services.automation.subscriptions import WebhookService
    from app.services.campaigns.campaigns import CampaignService
    from app.services.campaigns.consent import ConsentService
    from app.services.campaigns.sequences import SequenceService
    from app.services.core.custom_fields import CustomFieldService
    from app.services.core.lookups import LookupsService, UserRef
    from app.services.core.search import SearchService
    from app.services.customer_value.purchases import PurchaseHistoryService
    from app.services.customer_value.scores import ScoresService
    from app.services.customer_value.status import CustomerStatusService
    from app.services.customer_value.suggestions import SuggestionService
    from app.services.documents.company import CompanyService
    from app.services.documents.documents import DocumentsService
    from app.services.documents.products import ProductsService
    from app.services.importing.engine import RecordImportService
    from app.services.integration.tokens import TokenService
    from app.services.integration.web_forms import WebFormService
    from app.services.mail.accounts import MailAccountService
    from app.services.mail.service import MailService
    from app.services.mail.templates import EmailTemplateService
    from app.services.metrics.campaigns import CampaignMetricsService
    from app.services.metrics.nps import NpsService
    from app.services.metrics.service import MetricsService
    from app.services.quality.dedupe import DedupeService
    from app.services.quality.merge import MergeService
    from app.services.quality.standardise import StandardiseService
    from app.services.records.accounts import AccountsService
    from app.services.records.audit_log import AuditLogService
    from app.services.records.contacts import ContactsService
    from app.services.records.saved_views import SavedViewService
    from app.services.records.tags import TagService
    from app.services.records.timeline import TimelineService
    from app.services.records.trash import TrashService
    from app.services.reports.service import ReportService
    from app.services.sales.conversion import ConversionService
    from app.services.sales.deals import DealsService
    from app.services.sales.forecast import ForecastService
    from app.services.sales.leads import LeadsService
    from app.services.sales.pipelines import PipelinesService
    from app.services.sales.scoring import ScoringService
    from app.services.scheduling.activities import ActivityService
    from app.services.scheduling.calendar_files import CalendarService
    from app.services.scheduling.call_sheet import CallSheetService
    from app.services.scheduling.gantt import SchedulingService
    from app.services.segments.service import SegmentService
    from app.services.service_desk.compliance import SlaComplianceService
    from app.services.service_desk.feedback import FeedbackService
    from app.services.service_desk.knowledge import KnowledgeService
    from app.services.service_desk.links import TicketLinksService
    from app.services.service_desk.merge import TicketMergeService
    from app.services.service_desk.sla import SlaPolicyService
    from app.services.service_desk.tickets import TicketsService
    from app.services.sync.service import ReplicaService

S = TypeVar("S")


class Service(Generic[S]):
    """A service of the context, named by `module:Class`, built from the context's unit of work on first use."""

    def __init__(self, target: str) -> None:
        self.module, self.cls = target.split(":")
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, ctx: None, owner: type) -> Service[S]: ...

    @overload
    def __get__(self, ctx: AppContext, owner: type) -> S: ...

    def __get__(self, ctx: AppContext | None, owner: type) -> Service[S] | S:
        if ctx is None:
            return self
        built = ctx.__dict__.get(self.name)
        if built is None:
            built = getattr(import_module(self.module), self.cls)(ctx.uow)
            ctx.__dict__[self.name] = built  # a race between threads builds two equal services: harmless
        return built  # type: ignore[no-any-return]


class AppContext:
    """The database, its unit-of-work factory and change bus, the signed-in user, and every service."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        sessions: sessionmaker[Session],
        bus: ChangeBus,
        uow: UnitOfWorkFactory,
        upgrade_result: UpgradeResult | None = None,
        current_user: UserRef | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.sessions = sessions
        self.bus = bus
        self.uow = uow
        self.upgrade_result = upgrade_result
        self.current_user = current_user
        self.signed_in: SessionUser | None = None

    @classmethod
    def open(
        cls,
        settings: Settings,
        migrate: bool = True,
        user: Credentials | None = None,
        first_connection: sqlite3.Connection | None = None,
    ) -> AppContext:
        """Connect, migrate (after an automatic backup) and sign in: as `user` when given, else as the
        local OS user, which a team database (one where someone has a password) refuses.
        `first_connection`: an open connection to the SQLite file that the engine adopts (start-up's
        first page read)."""
        install_extensions()
        engine = make_engine(settings.db_url, first_connection=first_connection)
        result = upgrade(engine, settings.sqlite_path) if migrate else None
        sessions = sessionmaker(engine, expire_on_commit=False)
        bus = ChangeBus()
        ctx = cls(settings, engine, sessions, bus, UnitOfWorkFactory(sessions, bus), result)
        try:
            if user is not None:
                ctx.sign_in_as(user)
            elif migrate:
                ctx.sign_in(settings.user_email)
        except BaseException:
            ctx.close()
            raise
        return ctx

    def sign_in(self, email: str | None = None) -> UserRef:
        """Act as the local OS user (created on first start): the single user of a local file."""
        from app.services.access.signin import SignInError

        if self.access.requires_sign_in():
            raise SignInError("this is a team database: sign in with your email and password (--as EMAIL)")
        login = getpass.getuser() or "user"
        return self._become(self.lookups.ensure_user(login.title(), email or f"{login}@localhost"))

    def sign_in_as(self, credentials: Credentials) -> SessionUser:
        """Sign in with email and password or a saved token; every later read and write obeys the
        user's role and visibility (app/services/access/)."""
        signed = self.access.authenticate(credentials)
        from app.services.core.lookups import UserRef

        self._become(UserRef(signed.id, signed.name, signed.email))
        self.signed_in = signed  # its `token` is the new "remember me" token, when one was asked for
        return signed

    def _become(self, user: UserRef) -> UserRef:
        from app.services.access.permissions import Permissions
        from app.services.core.guard import GUARD_KEY

        with self.uow.read() as session:
            permissions = Permissions.of(session, user.id)
        # Every session made from now on carries the guard; an administrator's carries none (no cost).
        self.sessions.configure(info={} if permissions.unrestricted else {GUARD_KEY: permissions})
        self.current_user = user
        self.uow.user_id = user.id
        return user

    def acting_as(self, user: UserRef) -> AppContext:
        """A context on the same database and change bus whose reads and writes are `user`'s: audited as
        them and held to their role and visibility (the HTTP API gives each call its token's user)."""
        from app.services.access.permissions import Permissions
        from app.services.core.guard import GUARD_KEY

        with self.uow.read() as session:
            permissions = Permissions.of(session, user.id)
        sessions = sessionmaker(
            self.engine,
            expire_on_commit=False,
            info={} if permissions.unrestricted else {GUARD_KEY: permissions},
        )
        uow = UnitOfWorkFactory(sessions, self.bus, self.uow.checkpoints)
        uow.user_id = user.id
        uow.live_tag, uow.local_audit = (
            self.uow.live_tag,
            self.uow.local_audit,
        )  # its writes are this process's
        return AppContext(self.settings, self.engine, sessions, self.bus, uow, self.upgrade_result, user)

    def unbroadcast(self) -> AppContext:
        """A context on the same database whose services return their change records instead of
        broadcasting them: for work in a worker thread, whose caller publishes them from the GUI thread."""
        return AppContext(
            self.settings,
            self.engine,
            self.sessions,
            self.bus,
            self.uow.unbroadcast(),
            self.upgrade_result,
            self.current_user,
        )

    # access
    access: Service[SignInService] = Service("app.services.access.signin:SignInService")
    users: Service[UsersService] = Service("app.services.access.users:UsersService")
    # records
    accounts: Service[AccountsService] = Service("app.services.records.accounts:AccountsService")
    contacts: Service[ContactsService] = Service("app.services.records.contacts:ContactsService")
    tags: Service[TagService] = Service("app.services.records.tags:TagService")
    saved_views: Service[SavedViewService] = Service("app.services.records.saved_views:SavedViewService")
    timeline: Service[TimelineService] = Service("app.services.records.timeline:TimelineService")
    trash: Service[TrashService] = Service("app.services.records.trash:TrashService")
    audit_log: Service[AuditLogService] = Service("app.services.records.audit_log:AuditLogService")
    # offline laptops (docs/sync.md)
    replica: Service[ReplicaService] = Service("app.services.sync.service:ReplicaService")
    # core
    custom_fields: Service[CustomFieldService] = Service("app.services.core.custom_fields:CustomFieldService")
    lookups: Service[LookupsService] = Service("app.services.core.lookups:LookupsService")
    search: Service[SearchService] = Service("app.services.core.search:SearchService")
    # sales
    leads: Service[LeadsService] = Service("app.services.sales.leads:LeadsService")
    scoring: Service[ScoringService] = Service("app.services.sales.scoring:ScoringService")
    conversion: Service[ConversionService] = Service("app.services.sales.conversion:ConversionService")
    deals: Service[DealsService] = Service("app.services.sales.deals:DealsService")
    pipelines: Service[PipelinesService] = Service("app.services.sales.pipelines:PipelinesService")
    forecast: Service[ForecastService] = Service("app.services.sales.forecast:ForecastService")
    # documents
    products: Service[ProductsService] = Service("app.services.documents.products:ProductsService")
    documents: Service[DocumentsService] = Service("app.services.documents.documents:DocumentsService")
    company: Service[CompanyService] = Service("app.services.documents.company:CompanyService")
    # metrics
    metrics: Service[MetricsService] = Service("app.services.metrics.service:MetricsService")
    nps: Service[NpsService] = Service("app.services.metrics.nps:NpsService")
    campaign_metrics: Service[CampaignMetricsService] = Service(
        "app.services.metrics.campaigns:CampaignMetricsService"
    )
    # quality
    dedupe: Service[DedupeService] = Service("app.services.quality.dedupe:DedupeService")
    merge: Service[MergeService] = Service("app.services.quality.merge:MergeService")
    standardise: Service[StandardiseService] = Service("app.services.quality.standardise:StandardiseService")
    # importing
    importer: Service[RecordImportService] = Service("app.services.importing.engine:RecordImportService")
    # scheduling
    activities: Service[ActivityService] = Service("app.services.scheduling.activities:ActivityService")
    scheduling: Service[SchedulingService] = Service("app.services.scheduling.gantt:SchedulingService")
    calendar: Service[CalendarService] = Service("app.services.scheduling.calendar_files:CalendarService")
    call_sheets: Service[CallSheetService] = Service("app.services.scheduling.call_sheet:CallSheetService")
    # service desk
    tickets: Service[TicketsService] = Service("app.services.service_desk.tickets:TicketsService")
    sla: Service[SlaPolicyService] = Service("app.services.service_desk.sla:SlaPolicyService")
    sla_report: Service[SlaComplianceService] = Service(
        "app.services.service_desk.compliance:SlaComplianceService"
    )
    feedback: Service[FeedbackService] = Service("app.services.service_desk.feedback:FeedbackService")
    knowledge: Service[KnowledgeService] = Service("app.services.service_desk.knowledge:KnowledgeService")
    ticket_links: Service[TicketLinksService] = Service("app.services.service_desk.links:TicketLinksService")
    ticket_merge: Service[TicketMergeService] = Service("app.services.service_desk.merge:TicketMergeService")
    # customer value
    purchases: Service[PurchaseHistoryService] = Service(
        "app.services.customer_value.purchases:PurchaseHistoryService"
    )
    customer_scores: Service[ScoresService] = Service("app.services.customer_value.scores:ScoresService")
    customer_status: Service[CustomerStatusService] = Service(
        "app.services.customer_value.status:CustomerStatusService"
    )
    suggestions: Service[SuggestionService] = Service(
        "app.services.customer_value.suggestions:SuggestionService"
    )
    # integration
    tokens: Service[TokenService] = Service("app.services.integration.tokens:TokenService")
    web_forms: Service[WebFormService] = Service("app.services.integration.web_forms:WebFormService")

    mail: Service[MailService] = Service("app.services.mail.service:MailService")
    mail_accounts: Service[MailAccountService] = Service("app.services.mail.accounts:MailAccountService")
    email_templates: Service[EmailTemplateService] = Service(
        "app.services.mail.templates:EmailTemplateService"
    )
    # segments
    segments: Service[SegmentService] = Service("app.services.segments.service:SegmentService")
    # automation
    automation: Service[AutomationService] = Service("app.services.automation.service:AutomationService")
    webhooks: Service[WebhookService] = Service("app.services.automation.subscriptions:WebhookService")
    # campaigns
    consent: Service[ConsentService] = Service("app.services.campaigns.consent:ConsentService")
    campaigns: Service[CampaignService] = Service("app.services.campaigns.campaigns:CampaignService")
    sequences: Service[SequenceService] = Service("app.services.campaigns.sequences:SequenceService")
    reassign: Service[ReassignService] = Service("app.services.access.reassign:ReassignService")
    assignment: Service[AssignmentService] = Service(
        "app.services.automation.default_owner:AssignmentService"
    )
    # reports
    reports: Service[ReportService] = Service("app.services.reports.service:ReportService")

    def close(self) -> None:
        self.uow.checkpoints.wait()
        self.engine.dispose()


def service_names() -> list[str]:
    """Every service the context offers (a test builds each one)."""
    return [name for name, value in vars(AppContext).items() if isinstance(value, Service)]


__all__ = ["AppContext", "Service", "service_names"]
