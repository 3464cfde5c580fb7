"""The main window's pages in sidebar order, each imported and built the first time it is asked for.

Building all the pages (eleven then) at start-up cost ~265 ms (imports and construction) before the first rows
painted; now only the page shown is built at once. `pages[i]` builds page i, `pages.index(page)` finds a
page (the window's page attributes build theirs on access), `built()` lists the pages that exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from app.views.lists.list_page import ListPage

# attribute name on the window, module, class: in sidebar order (PAGE_TITLES)
PAGE_CLASSES = (
    ("accounts", "app.views.records.accounts", "AccountsPage"),
    ("contacts", "app.views.records.contacts", "ContactsPage"),
    ("leads", "app.views.leads.page", "LeadsPage"),
    ("tasks", "app.views.activities.page", "TasksPage"),
    ("board", "app.views.board.page", "BoardPage"),
    ("schedule", "app.views.schedule.page", "GanttPage"),
    ("calendar", "app.views.calendar.page", "CalendarPage"),
    ("forecast", "app.views.dashboard.forecast", "ForecastPage"),
    ("dashboard", "app.views.dashboard.page", "DashboardPage"),
    ("products", "app.views.documents.products", "ProductsPage"),
    ("documents", "app.views.documents.page", "DocumentsPage"),
    ("tickets", "app.views.service_desk.page", "TicketsPage"),
    ("knowledge", "app.views.service_desk.knowledge", "KnowledgePage"),
    ("reports", "app.views.reports.page", "ReportsPage"),
    ("campaigns", "app.views.campaigns.page", "CampaignsPage"),
    ("trash", "app.views.records.trash", "TrashPage"),
    ("audit", "app.views.audit.page", "AuditPage"),
)
PAGE_NAMES = tuple(name for name, _module, _cls in PAGE_CLASSES)


class LazyPages(Sequence["ListPage"]):
    """Build each page on first access with `make(cls)`, then hand it to `on_built(index, page)`."""

    def __init__(self, make: Callable[[type], ListPage], on_built: Callable[[int, ListPage], None]) -> None:
        self._make = make
        self._on_built = on_built
        self._pages: list[ListPage | None] = [None] * len(PAGE_CLASSES)

    def __len__(self) -> int:
        return len(self._pages)

    @overload
    def __getitem__(self, index: int) -> ListPage: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ListPage]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        page = self._pages[index]
        if page is None:
            _name, module, cls = PAGE_CLASSES[index]
            page = self._make(getattr(import_module(module), cls))
            self._pages[index] = page
            self._on_built(index % len(self), page)
        return page

    def index(self, page: Any, start: int = 0, stop: int | None = None) -> int:
        """The position of a built page (a page not built yet cannot be passed in)."""
        for i, built in enumerate(self._pages[start:stop], start):
            if built is page:
                return i
        raise ValueError(f"{page!r} is not one of the window's pages")

    def __contains__(self, page: object) -> bool:
        return any(built is page for built in self._pages)

    def built(self) -> list[ListPage]:
        return [page for page in self._pages if page is not None]


def page_attribute(index: int) -> Any:
    """A window attribute (`window.contacts`) that builds its page on first access."""
    return property(lambda window: window.pages[index], doc=f"The {PAGE_NAMES[index]} page")
