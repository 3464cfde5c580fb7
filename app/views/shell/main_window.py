"""The main window: a thin shell of sidebar, global search, pages, menus, status bar and the undo stack.

It is built in two steps so the app shows itself at once: `MainWindow()` makes the chrome with Qt alone
(no database layer imported yet) and `attach(ctx)` adds the pages once the database is open.
`MainWindow(ctx)` does both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import app
from app.views.activities import actions
from app.views.common.labels import translated
from app.views.common.style import app_icon, icon
from app.views.mail.actions import add_mail_actions
from app.views.shell.appearance import add_appearance_menus
from app.views.shell.page_set import LazyPages, page_attribute

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.context import AppContext
    from app.views.lists.list_page import ListPage

PAGE_ICONS = (
    "accounts",
    "contacts",
    "leads",
    "task",
    "pipeline",
    "schedule",
    "calendar",
    "forecast",
    "dashboard",
    "products",
    "documents",
    "tickets",
    "knowledge",
    "reports",
    "email",
    "trash",
    "edit",
)
SIDEBAR_FULL = 180
SIDEBAR_COMPACT = 52
PAGE_TITLES = (
    QT_TRANSLATE_NOOP("labels", "Accounts"),
    QT_TRANSLATE_NOOP("labels", "Contacts"),
    QT_TRANSLATE_NOOP("labels", "Leads"),
    QT_TRANSLATE_NOOP("labels", "Tasks"),
    QT_TRANSLATE_NOOP("labels", "Pipeline"),
    QT_TRANSLATE_NOOP("labels", "Schedule"),
    QT_TRANSLATE_NOOP("labels", "Calendar"),
    QT_TRANSLATE_NOOP("labels", "Forecast"),
    QT_TRANSLATE_NOOP("labels", "Dashboard"),
    QT_TRANSLATE_NOOP("labels", "Products"),
    QT_TRANSLATE_NOOP("labels", "Documents"),
    QT_TRANSLATE_NOOP("labels", "Tickets"),
    QT_TRANSLATE_NOOP("labels", "Knowledge"),
    QT_TRANSLATE_NOOP("labels", "Reports"),
    QT_TRANSLATE_NOOP("labels", "Campaigns"),
    QT_TRANSLATE_NOOP("labels", "Trash"),
    QT_TRANSLATE_NOOP("labels", "Audit"),
)


# Ctrl+digit for the pages used every day, in sidebar order, Documents on Ctrl+0; Products, Reports and the
# Trash on Ctrl+Shift+letter (a page added later gets no key until it is given one here).
PAGE_KEYS = {
    "Accounts": "Ctrl+1",
    "Contacts": "Ctrl+2",
    "Leads": "Ctrl+3",
    "Tasks": "Ctrl+4",
    "Pipeline": "Ctrl+5",
    "Schedule": "Ctrl+6",
    "Calendar": "Ctrl+7",
    "Forecast": "Ctrl+8",
    "Dashboard": "Ctrl+9",
    "Documents": "Ctrl+0",
    "Products": "Ctrl+Shift+P",
    "Tickets": "Ctrl+Shift+K",
    "Knowledge": "Ctrl+Shift+B",
    "Reports": "Ctrl+Shift+R",
    "Campaigns": "Ctrl+Shift+M",
    "Trash": "Ctrl+Shift+T",
    "Audit": "Ctrl+Shift+H",
}


def page_keys(index: int) -> str:
    """The key that shows the page at `index` in the sidebar (see PAGE_KEYS)."""
    return PAGE_KEYS.get(PAGE_TITLES[index], "")


class MainWindow(QMainWindow):
    # reopen(window, settings): set by app/views/shell/application.py, which makes the windows (this module
    # may not import it: application imports this one)
    reopen_hook: Any = None

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.pages: Sequence[ListPage] = []  # a LazyPages once attached
        self.setWindowTitle(self.tr("Rapport"))
        self.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        self.last_error = ""
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.page_actions: list[QAction] = []  # enabled once the pages exist
        self._build_body()
        self._build_menus()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    def show_opening(self, what: str) -> None:
        """Say what is being opened while the database layer loads."""
        if isinstance(self.opening, QLabel):
            self.opening.setText(self.tr("Opening {what}…").format(what=what))

    def show_preview(self, preview: QWidget, count: str) -> None:
        """Show start-up's first rows in place of "Opening…" (app/views/shell/first_rows.py)."""
        self.stack.addWidget(preview)
        self.stack.setCurrentWidget(preview)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.opening = preview
        self.count_label.setText(count)
        # as wide as the Contacts page was, so the sidebar is as compact as it will be with the page
        remembered = QSettings()
        preview.setMinimumWidth(int(remembered.value("contacts/minimum_width", 0) or 0))
        self.statusBar().setMinimumHeight(int(remembered.value("window/status_height", 0) or 0))
        self._fit_sidebar()

    def attach(self, ctx: AppContext) -> None:
        """Add the pages, global search and change relay for an open database.

        Only the page to be shown is built here; the others are built when first shown or asked for
        (app/views/shell/page_set.py)."""
        from app.views.common.change_relay import ChangeRelay
        from app.views.common.env import ViewEnv
        from app.views.common.live_refresh import LiveRefresh
        from app.views.common.search_box import GlobalSearch
        from app.views.segments.indexer import SegmentIndexer

        self.ctx = ctx
        self.relay = ChangeRelay(ctx.bus, self)
        self.live = LiveRefresh(ctx, self)  # colleagues' and other programs' changes onto the relay
        self.env = ViewEnv(
            ctx, self.undo_stack, self.relay, self.show_message, self.show_error, self.open_record
        )
        self.segment_indexer = SegmentIndexer(self.env, self.statusBar(), self)
        self.env.index_segment = self.segment_indexer.speed_up
        self.global_search = GlobalSearch(ctx)
        self.global_search.opened.connect(self.open_record)
        self.search_slot.addWidget(self.global_search)
        preview = self.opening
        self.stack.removeWidget(preview)
        preview.deleteLater()
        for _title in PAGE_TITLES:  # stand-ins keep the stack's indexes those of the sidebar
            self.stack.addWidget(QWidget())
        self.pages = LazyPages(lambda cls: cls(self.env), self._page_built)
        for action in self.page_actions:
            action.setEnabled(True)
        self.reminders = actions.start_reminders(self)
        from app.views.automation.runner import AutomationRunner  # time rules and webhooks (issue 20)

        self.automation_runner = AutomationRunner(self.env, self)
        self.automation_runner.start()
        from app.views.campaigns.runner import SequenceRunner  # drip sequences (issue 21)

        self.sequence_runner = SequenceRunner(self.env, self)
        self.sequence_runner.start()
        from app.views.sync.shell_hook import add_sync_status  # offline laptops (docs/sync.md)

        self.sync_status = add_sync_status(self, ctx, self.relay)
        self._restore_pages()
        if hasattr(preview, "hand_over") and self.stack.currentIndex() == self.pages.index(self.contacts):
            preview.hand_over(self.contacts)  # the search typed, the row selected, the scroll position

    def _page_built(self, index: int, page: ListPage) -> None:
        """Put a newly built page in its place in the stack, with its remembered column layout."""
        stand_in = self.stack.widget(index)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.stack.insertWidget(index, page)
        page.countChanged.connect(lambda _n, p=page: self._update_count(p))
        self._fit_sidebar()  # before the new page's minimum width can push the window wider
        page.restore_state(QSettings())

    # --- layout -----------------------------------------------------------------------------------
    def _build_body(self) -> None:
        topbar = QWidget(objectName="topbar")
        topbar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top = QHBoxLayout(topbar)
        top.setContentsMargins(12, 8, 12, 8)
        brand = QLabel(self.tr("Rapport"), objectName="brand")
        top.addWidget(brand)
        top.addStretch(1)
        self.search_slot = QHBoxLayout()  # the global search box goes here once a database is open
        top.addLayout(self.search_slot, 2)
        top.addStrut(28)  # the search box's height, so the bar does not grow when it arrives
        top.addStretch(1)
        self.sidebar = QListWidget(objectName="sidebar", accessibleName=self.tr("Pages"))
        self.sidebar.setIconSize(QSize(20, 20))
        # Icons and names when the pages have room, icons alone in a narrow window (a 1024-px screen),
        # so the window's minimum width is the widest page's plus the compact sidebar.
        self.sidebar.setFixedWidth(SIDEBAR_FULL)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        for title, name in zip(PAGE_TITLES, PAGE_ICONS, strict=True):
            QListWidgetItem(icon(name), translated(title), self.sidebar)
        self.opening: QWidget = QLabel(
            self.tr("Opening…"), objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.stack.addWidget(self.opening)
        self.sidebar.currentRowChanged.connect(self.show_page)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        self.compact_sidebar = False
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(topbar)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self.add_page_action(
            file_menu, self.tr("&New…"), lambda: self.current_page().new_record(), "Ctrl+N"
        )
        file_menu.addSeparator()
        self.add_page_action(file_menu, self.tr("&Import…"), self.open_import_wizard, "Ctrl+Shift+I")
        self.add_page_action(file_menu, self.tr("Find &duplicates…"), self.open_duplicates)
        file_menu.addSeparator()
        self.add_page_action(file_menu, self.tr("Company &settings…"), self.edit_company_settings)
        self.add_page_action(file_menu, self.tr("Custom &fields…"), self.edit_custom_fields)
        self.add_page_action(file_menu, self.tr("&Automation rules…"), self.edit_automation)
        self.add_page_action(file_menu, self.tr("&Users and teams…"), self.edit_users)
        self.add_page_action(
            file_menu, self.tr("&Integration (API, web forms, webhooks)…"), self.edit_integration
        )
        add_mail_actions(self, file_menu)
        self.add_action(file_menu, self.tr("Connect to a &team server…"), self.connect_team_server)
        self.add_preferences_action(file_menu)
        file_menu.addSeparator()
        actions.add_calendar_actions(self, file_menu)
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            edit_menu.addAction(action)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self.add_page_action(
            edit_menu, self.tr("&Open / Edit\tF2"), lambda: self.current_page()._open_current()
        )
        self.add_page_action(
            edit_menu, self.tr("&Delete\tDel"), lambda: self.current_page().delete_selected()
        )
        self.add_page_action(edit_menu, self.tr("&Assign to…"), self.assign_selection, "Ctrl+Shift+A")
        edit_menu.addSeparator()
        self.add_page_action(edit_menu, self.tr("&Standardise…"), self.open_standardise)
        edit_menu.addSeparator()
        find = self.add_page_action(edit_menu, self.tr("&Find…"), self.focus_search, "Ctrl+K")
        find.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        view_menu = bar.addMenu(self.tr("&View"))
        for i, title in enumerate(PAGE_TITLES):
            go = self.add_page_action(
                view_menu, translated(title), lambda _=False, i=i: self.show_page(i), page_keys(i)
            )
            go.setObjectName(f"goTo{title}")
        view_menu.addSeparator()
        self.add_page_action(view_menu, self.tr("Customer &value…"), self.open_customer_value, "Ctrl+Shift+U")
        self.add_page_action(
            view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, "F5"
        )
        view_menu.addSeparator()
        add_appearance_menus(self, view_menu)
        bar.addMenu(actions.activities_menu(self))
        help_menu = bar.addMenu(self.tr("&Help"))
        self.add_action(help_menu, self.tr("&About Rapport"), self.about)
        actions.add_help_actions(self, help_menu)

    def add_action(self, menu: Any, text: str, slot: Any, *shortcuts: Any) -> QAction:
        """An action in `menu` and on the window, so its shortcuts work wherever the focus is."""
        action = QAction(text, self)
        keys = [QKeySequence(s) for s in shortcuts]
        keys = [k for k in keys if not k.isEmpty()]
        if keys:
            action.setShortcuts(list(dict.fromkeys(keys)))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def add_preferences_action(self, menu: Any) -> QAction:
        """Preferences… (Ctrl+, and the platform's own key): the company settings, where the app's
        settings live."""
        action = self.add_page_action(
            menu,
            self.tr("&Preferences…"),
            self.edit_company_settings,
            QKeySequence.StandardKey.Preferences,
            "Ctrl+,",
        )
        action.setMenuRole(QAction.MenuRole.PreferencesRole)  # the application menu on macOS
        return action

    def add_page_action(self, menu: Any, text: str, slot: Any, *shortcuts: Any) -> QAction:
        """Like add_action, but enabled only once a database is open."""
        action = self.add_action(menu, text, slot, *shortcuts)
        action.setEnabled(bool(self.pages))
        self.page_actions.append(action)
        return action

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """Names in the sidebar while every page still gets its minimum width beside them."""
        pages_need = self.stack.minimumSizeHint().width()
        # An explicit minimum overrides the layout's (which counts the full sidebar), so the window can
        # be narrowed below it; the resize that follows makes the sidebar compact.
        self.setMinimumWidth(SIDEBAR_COMPACT + pages_need)
        compact = self.width() < SIDEBAR_FULL + pages_need
        if compact == self.compact_sidebar:
            return
        self.compact_sidebar = compact
        self.sidebar.setFixedWidth(SIDEBAR_COMPACT if compact else SIDEBAR_FULL)
        for row, title in enumerate(PAGE_TITLES):
            item = self.sidebar.item(row)
            item.setText("" if compact else translated(title))
            item.setToolTip(f"{translated(title)} ({page_keys(row)})" if compact else "")

    # --- navigation -------------------------------------------------------------------------------
    accounts = page_attribute(0)
    contacts = page_attribute(1)
    leads = page_attribute(2)
    tasks = page_attribute(3)
    board = page_attribute(4)
    schedule = page_attribute(5)
    calendar = page_attribute(6)
    forecast = page_attribute(7)
    dashboard = page_attribute(8)
    products = page_attribute(9)
    documents = page_attribute(10)
    tickets = page_attribute(11)
    knowledge = page_attribute(12)
    reports = page_attribute(13)
    campaigns = page_attribute(14)
    trash = page_attribute(15)
    audit = page_attribute(16)

    def current_page(self) -> ListPage:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            if 0 <= index < len(PAGE_TITLES) and self.sidebar.currentRow() != index:
                self.sidebar.setCurrentRow(index)  # before attach: remember the choice in the sidebar
            return
        page = self.pages[index]  # built here on its first showing
        self.stack.setCurrentIndex(index)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        self._update_count(page)

    def open_record(self, entity: str, record_id: Any) -> None:
        if entity in ("account_schedule", "deal_schedule"):  # the Gantt of one account or deal
            self.show_page(self.pages.index(self.schedule))
            self.schedule.open_record_scope(entity.removesuffix("_schedule"), record_id)
            return
        if entity == "deal_quote":  # a new quote from the deal (the board's card menu)
            self.show_page(self.pages.index(self.documents))
            self.documents.quote_from_deal(record_id)
            return
        name = {
            "account": "accounts",
            "contact": "contacts",
            "lead": "leads",
            "activity": "tasks",
            "deal": "board",
            "product": "products",
            "document": "documents",
            "ticket": "tickets",
            "article": "knowledge",
        }.get(entity)
        if name is not None:
            page = getattr(self, name)  # builds only this page
            self.show_page(self.pages.index(page))
            page.open_id(record_id)

    def edit_company_settings(self) -> None:
        from app.views.documents.company_settings import CompanySettingsDialog

        self.settings_dialog = CompanySettingsDialog(self.env, self)
        self.settings_dialog.open()

    def edit_automation(self) -> None:
        from app.views.automation.dialog import AutomationDialog

        self.automation_dialog = AutomationDialog(self.env, self)
        self.automation_dialog.open()

    def edit_custom_fields(self) -> None:
        from app.views.settings.custom_fields import CustomFieldsDialog

        self.custom_fields_dialog = CustomFieldsDialog(self.env, self)
        self.custom_fields_dialog.open()

    def edit_users(self) -> None:
        from app.views.settings.users import open_users

        self.users_dialog = open_users(self.env, self)

    def edit_integration(self) -> None:
        from app.views.settings.integration import open_integration

        self.integration_dialog = open_integration(self.env, self)

    def assign_selection(self) -> None:
        page = self.current_page()
        if getattr(page, "assign_menu", None) is not None:
            page.assign_selection()
        else:
            self.show_message(self.tr("Records of this page have no owner to assign."))

    def connect_team_server(self) -> None:
        from app.views.shell.connect_server import connect_to_team_server

        connect_to_team_server(self)

    def open_import_wizard(self) -> None:
        from app.views.importing.wizard import ImportWizard

        self.import_wizard = ImportWizard(self.env, self)
        self.import_wizard.open()

    def open_customer_value(self) -> None:
        """Churn, lifetime value, cohorts, segments and accounts at risk (issue 23)."""
        from app.views.customer_value.window import CustomerValueWindow

        self.customer_value_window = CustomerValueWindow(self.env, self)
        self.customer_value_window.show()

    def open_duplicates(self) -> None:
        from app.views.quality.duplicates import DuplicatesDialog

        self.duplicates_dialog = DuplicatesDialog(self.env, self)
        self.duplicates_dialog.open()

    def open_standardise(self) -> None:
        """Standardise the selected records (two or more) or all the current list shows."""
        from app.views.quality.standardise import StandardiseDialog

        page = self.current_page()
        kind = getattr(page, "kind", None)
        if kind is None or kind.name not in ("contact", "account", "lead"):
            self.statusBar().showMessage(
                self.tr("Standardise works on the Contacts, Accounts and Leads lists"), 4000
            )
            return
        selected = [item.id for item in page.selected_items()]
        ids = selected if len(selected) > 1 else None
        scope = f"{len(selected)} selected {kind.singular}s" if ids else f"the {page.status_text()} listed"
        self.standardise_dialog = StandardiseDialog(self.env, kind, ids, page.model.query, scope, self)
        self.standardise_dialog.open()

    def focus_search(self) -> None:
        self.global_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.global_search.selectAll()

    def refresh(self) -> None:
        self.current_page().refresh()
        self.show_message(self.tr("Refreshed"))

    # --- feedback ---------------------------------------------------------------------------------
    def _update_count(self, page: ListPage) -> None:
        if page is self.current_page():
            self.count_label.setText(page.status_text())

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, text: str) -> None:
        """Report a failure without blocking (undo may be running inside a stack call)."""
        self.last_error = text
        self.statusBar().showMessage(text, 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Rapport", text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rapport"),
            self.tr("Rapport {__version__}\nAn open-source desktop CRM.\n\n{v1}").format(
                __version__=app.__version__, v1=self.ctx.settings.display_url if self.ctx else ""
            ),
        )

    # --- remembered state -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.sidebar.setCurrentRow(int(settings.value("window/page", 1)))

    def _restore_pages(self) -> None:
        settings = QSettings()
        for page in self.built_pages():  # a page built later restores its own layout
            page.restore_state(settings)
        self.show_page(int(settings.value("window/page", 1)))

    def built_pages(self) -> list[ListPage]:
        return self.pages.built() if isinstance(self.pages, LazyPages) else []

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.pages:  # not before attach: the stack then holds only the "Opening…" placeholder
            settings.setValue("window/page", self.stack.currentIndex())
            settings.setValue("window/status_height", self.statusBar().height())  # for show_preview
        for page in self.built_pages():  # the others keep the layout stored before
            page.save_state(settings)
            if getattr(page, "settings_key", "") == "contacts":  # for start-up's first rows (show_preview)
                settings.setValue("contacts/minimum_width", page.minimumSizeHint().width())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        if self.pages:
            self.reminders.stop()
            self.automation_runner.stop()
            self.sequence_runner.stop()
            self.live.close()
            self.relay.close()
        super().closeEvent(event)
