"""AppContext: the one composition root. Builds the engine, sessions, change bus and services.

Each service module is imported inside its property, on first use, so opening the database loads only
what the first page needs (start-up time; see docs/architecture.md).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine
from app.services.core.changes import ChangeBus
from app.services.core.uow import UnitOfWorkFactory
from app.services.database.schema import UpgradeResult, upgrade

if TYPE_CHECKING:
    from app.services.core.custom_fields import CustomFieldService
    from app.services.core.lookups import LookupsService, UserRef
    from app.services.core.search import SearchService
    from app.services.documents.company import CompanyService
    from app.services.documents.documents import DocumentsService
    from app.services.documents.products import ProductsService
    from app.services.metrics.nps import NpsService
    from app.services.metrics.service import MetricsService
    from app.services.quality.dedupe import DedupeService
    from app.services.quality.merge import MergeService
    from app.services.quality.standardise import StandardizeService
    from app.services.records.accounts import AccountsService
    from app.services.records.contacts import ContactsService
    from app.services.records.saved_views import SavedViewService
    from app.services.records.tags import TagService
    from app.services.records.timeline import TimelineService
    from app.services.records.trash import TrashService
    from app.services.sales.conversion import ConversionService
    from app.services.sales.deals import DealsService
    from app.services.sales.forecast import ForecastService
    from app.services.sales.leads import LeadsService
    from app.services.sales.pipelines import PipelinesService
    from app.services.sales.scoring import ScoringService
    from app.services.scheduling.activities import ActivityService
    from app.services.scheduling.calendar_files import CalendarService
    from app.services.scheduling.gantt import SchedulingService
    from app.services.segments.service import SegmentService


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    bus: ChangeBus
    uow: UnitOfWorkFactory
    upgrade_result: UpgradeResult | None = None
    current_user: UserRef | None = None

    @classmethod
    def open(cls, settings: Settings, migrate: bool = True) -> AppContext:
        """Connect, migrate (after an automatic backup) and sign in the local user."""
        engine = make_engine(settings.db_url)
        result = upgrade(engine, settings.sqlite_path) if migrate else None
        sessions = sessionmaker(engine, expire_on_commit=False)
        bus = ChangeBus()
        ctx = cls(settings, engine, sessions, bus, UnitOfWorkFactory(sessions, bus), result)
        if migrate:
            ctx.sign_in(settings.user_email)
        return ctx

    def sign_in(self, email: str | None = None) -> UserRef:
        login = getpass.getuser() or "user"
        self.current_user = self.lookups.ensure_user(login.title(), email or f"{login}@localhost")
        self.uow.user_id = self.current_user.id
        return self.current_user

    @property
    def contacts(self) -> ContactsService:
        from app.services.records.contacts import ContactsService

        return ContactsService(self.uow)

    @property
    def custom_fields(self) -> CustomFieldService:
        from app.services.core.custom_fields import CustomFieldService

        return CustomFieldService(self.uow)

    @property
    def accounts(self) -> AccountsService:
        from app.services.records.accounts import AccountsService

        return AccountsService(self.uow)

    @property
    def products(self) -> ProductsService:
        from app.services.documents.products import ProductsService

        return ProductsService(self.uow)

    @property
    def documents(self) -> DocumentsService:
        from app.services.documents.documents import DocumentsService

        return DocumentsService(self.uow)

    @property
    def company(self) -> CompanyService:
        from app.services.documents.company import CompanyService

        return CompanyService(self.uow)

    @property
    def leads(self) -> LeadsService:
        from app.services.sales.leads import LeadsService

        return LeadsService(self.uow)

    @property
    def scoring(self) -> ScoringService:
        from app.services.sales.scoring import ScoringService

        return ScoringService(self.uow)

    @property
    def conversion(self) -> ConversionService:
        from app.services.sales.conversion import ConversionService

        return ConversionService(self.uow)

    @property
    def deals(self) -> DealsService:
        from app.services.sales.deals import DealsService

        return DealsService(self.uow)

    @property
    def pipelines(self) -> PipelinesService:
        from app.services.sales.pipelines import PipelinesService

        return PipelinesService(self.uow)

    @property
    def nps(self) -> NpsService:
        from app.services.metrics.nps import NpsService

        return NpsService(self.uow)

    @property
    def forecast(self) -> ForecastService:
        from app.services.sales.forecast import ForecastService

        return ForecastService(self.uow)

    @property
    def metrics(self) -> MetricsService:
        from app.services.metrics.service import MetricsService

        return MetricsService(self.uow)

    @property
    def dedupe(self) -> DedupeService:
        from app.services.quality.dedupe import DedupeService

        return DedupeService(self.uow)

    @property
    def standardize(self) -> StandardizeService:
        from app.services.quality.standardise import StandardizeService

        return StandardizeService(self.uow)

    @property
    def merge(self) -> MergeService:
        from app.services.quality.merge import MergeService

        return MergeService(self.uow)

    @property
    def lookups(self) -> LookupsService:
        from app.services.core.lookups import LookupsService

        return LookupsService(self.uow)

    @property
    def scheduling(self) -> SchedulingService:
        from app.services.scheduling.gantt import SchedulingService

        return SchedulingService(self.uow)

    @property
    def search(self) -> SearchService:
        from app.services.core.search import SearchService

        return SearchService(self.uow)

    @property
    def timeline(self) -> TimelineService:
        from app.services.records.timeline import TimelineService

        return TimelineService(self.uow)

    @property
    def activities(self) -> ActivityService:
        from app.services.scheduling.activities import ActivityService

        return ActivityService(self.uow)

    @property
    def calendar(self) -> CalendarService:
        from app.services.scheduling.calendar_files import CalendarService

        return CalendarService(self.uow)

    @property
    def trash(self) -> TrashService:
        from app.services.records.trash import TrashService

        return TrashService(self.uow)

    @property
    def segments(self) -> SegmentService:
        from app.services.segments.service import SegmentService

        return SegmentService(self.uow)

    @property
    def saved_views(self) -> SavedViewService:
        from app.services.records.saved_views import SavedViewService

        return SavedViewService(self.uow)

    @property
    def tags(self) -> TagService:
        from app.services.records.tags import TagService

        return TagService(self.uow)

    def close(self) -> None:
        self.uow.checkpoints.wait()
        self.engine.dispose()
