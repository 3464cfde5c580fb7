"""Save screenshots of the main pages to docs/screenshots/ (offscreen, 1400x900, from demo data).

python scripts/screenshots.py [--db EXISTING.db] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _offscreen(tmp: Path) -> None:
    screen = tmp / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "shot",
                        "x": 0,
                        "y": 0,
                        "width": 1920,
                        "height": 1200,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def _demo_database(path: Path) -> None:
    from app.config import resolve_settings
    from app.context import AppContext

    ctx = AppContext.open(resolve_settings(db=str(path)))
    try:
        try:
            from app.services.demo import dataset
        except ImportError:
            _fallback_data(ctx)
        else:
            dataset.generate(ctx.engine, "small")
    finally:
        ctx.close()


def _fallback_data(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.records.accounts import AccountInput
    from app.services.records.contacts import ContactInput, MembershipInput

    for i, (name, city, country) in enumerate(
        [("Acme GmbH", "Berlin", "DE"), ("Globex Ltd", "London", "GB"), ("Initech Inc", "Austin", "US")]
    ):
        account = ctx.accounts.create(AccountInput(name=name, city=city, country=country)).value
        for j in range(8):
            ctx.contacts.create(
                ContactInput(
                    last_name=f"Person{i}{j}",
                    first_name="Alex",
                    country=country,
                    email=f"alex{i}{j}@example.com",
                    memberships=(MembershipInput(account.id, "Buyer", True),),
                )
            )


def _settle(qapp, rounds: int = 5) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        qapp.processEvents()


def _sales_shots(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Leads (score explained), conversion, scoring rules, the pipeline board and the forecast."""
    from PySide6.QtCore import Qt

    window.show_page(window.pages.index(window.leads))
    leads = window.leads
    score = next(i for i, c in enumerate(leads.model.columns) if c.key == "score")
    leads.model.sort(score, Qt.SortOrder.DescendingOrder)
    leads.table.sync_sort_indicator()
    qualified = next(
        (r for r in range(min(200, leads.model.rowCount())) if leads.model.item(r).status == "qualified"), 0
    )
    leads.select_row(qualified)
    _settle(qapp)
    window.grab().save(str(out / "leads.png"))
    dialog = leads.detail.convert()
    if dialog is not None:
        dialog.deal_check.setChecked(True)
        dialog.deal_amount.setText("25000")
        _settle(qapp)
        dialog.grab().save(str(out / "lead-convert.png"))
        dialog.reject()
    rules = leads.edit_rules()
    _settle(qapp)
    rules.grab().save(str(out / "lead-scoring-rules.png"))
    rules.reject()
    window.show_page(window.pages.index(window.board))
    _settle(qapp)
    board = window.board
    first = next(iter(board.columns.values()))
    first.view.setCurrentIndex(first.model.index(1))
    _settle(qapp)
    window.grab().save(str(out / "pipeline-board.png"))
    board.edit_pipelines()
    _settle(qapp)
    board.pipelines_dialog.grab().save(str(out / "pipelines.png"))
    board.pipelines_dialog.reject()
    window.show_page(window.pages.index(window.forecast))
    _settle(qapp)
    window.grab().save(str(out / "forecast.png"))
    _dashboard_shots(window, qapp, out)


def _dashboard_shots(window, qapp, out: Path) -> None:  # type: ignore[no-untyped-def]
    window.show_page(window.pages.index(window.dashboard))
    window.dashboard.worker.wait()
    _settle(qapp)
    window.grab().save(str(out / "dashboard.png"))
    window.dashboard.body.grab().save(str(out / "dashboard-full.png"))
    window.dashboard._open_stage(0)
    _settle(qapp)
    window.dashboard.drill_dialog.grab().save(str(out / "dashboard-drill-down.png"))
    window.dashboard.drill_dialog.close()
    window.dashboard._open_source(0)
    _settle(qapp)
    window.dashboard.drill_dialog.grab().save(str(out / "dashboard-drill-leads.png"))
    window.dashboard.drill_dialog.close()
    window.dashboard.owner_box.menu_.popup(
        window.dashboard.owner_box.mapToGlobal(window.dashboard.owner_box.rect().bottomLeft())
    )
    _settle(qapp)
    window.dashboard.owner_box.menu_.grab().save(str(out / "dashboard-owners.png"))
    window.dashboard.owner_box.menu_.hide()
    window.dashboard.open_nps_answers()
    _settle(qapp)
    window.dashboard.nps_dialog.grab().save(str(out / "dashboard-nps-answers.png"))
    window.dashboard.nps_dialog.close()


def _schedule_shots(window, qapp, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The Gantt: everyone's tasks by week with the critical path, one project by day, the PNG export."""
    page = window.schedule
    window.show_page(window.pages.index(page))
    _settle(qapp)
    page.critical_box.setChecked(True)
    task = next(t for t in page.data.tasks if not t.done and not t.is_milestone)
    page.chart.selected = task.id
    _settle(qapp)
    window.grab().save(str(out / "schedule.png"))
    page.scope_box.setCurrentIndex(1)
    page.zoom_box.setCurrentText("Day")
    _settle(qapp)
    window.grab().save(str(out / "schedule-day.png"))
    page.export_png(out / "schedule-export.png")
    _schedule_polish_shots(window, qapp, page, out)
    page.zoom_box.setCurrentText("Week")
    page.critical_box.setChecked(False)


def _schedule_polish_shots(window, qapp, page, out: Path) -> None:  # type: ignore[no-untyped-def]
    """A keyboard move (Right on a task with successors), the lag dialog and the print preview."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.views.common.printing import preview_dialog

    assert page.data is not None
    has_successor = {x.predecessor_id for x in page.data.links}
    task = next(t for t in page.data.tasks if t.id in has_successor and not t.is_milestone)
    page.chart.selected = task.id
    page.chart.scroll_to_row(page.chart.task_row(task.id))
    page.chart.scroll_to_time(task.start)
    page.chart.setFocus()
    QTest.keyClick(page.chart, Qt.Key.Key_Right)
    _settle(qapp)
    window.grab().save(str(out / "schedule-keyboard.png"))
    window.undo_stack.undo()
    _settle(qapp)
    link = next(x for x in page.data.links if x.successor_id == task.id or x.predecessor_id == task.id)
    dialog = page.edit_lag(link)
    dialog.days.setValue(2)
    _settle(qapp)
    dialog.grab().save(str(out / "schedule-lag-dialog.png"))
    dialog.reject()
    printing = preview_dialog(page, page.pdf(), page._export_title())
    printing.show()
    _settle(qapp)
    printing.grab().save(str(out / "schedule-print-preview.png"))
    printing.reject()


def _contact_timeline_shot(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The contact with the longest timeline among the first rows, its pane on the Timeline tab."""
    contacts = window.contacts
    best = max(
        range(min(40, contacts.model.rowCount())),
        key=lambda r: (
            len(ctx.timeline.for_contact(contacts.model.row_id(r))) if contacts.model.row_id(r) else 0
        ),
    )
    contacts.select_row(best)
    _settle(qapp)
    contacts.detail.tabs.setCurrentIndex(2)
    _settle(qapp)
    window.grab().save(str(out / "contact-timeline.png"))


def _printing_shots(window, qapp, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The contacts' Print menu's labels dialog, and the first sheet of labels it makes (as the PDF prints)."""
    import pypdfium2 as pdfium

    from app.views.lists.labels_dialog import LabelsDialog

    window.show_page(1)
    _settle(qapp)
    dialog = LabelsDialog(window.contacts, "labels", window.contacts)
    dialog.show()
    _settle(qapp)
    data = dialog.make_pdf()
    _settle(qapp)
    dialog.grab().save(str(out / "labels-dialog.png"))
    dialog.close()
    if data:
        pdf = pdfium.PdfDocument(data)
        pdf[0].render(scale=1.2).to_pil().save(str(out / "labels-sheet.png"))
        pdf.close()
    from app.views.lists.letters_dialog import LettersDialog

    window.contacts.search.setText("Adams")
    window.contacts.apply_query()
    writer = LettersDialog(window.contacts, window.contacts)
    writer.show()
    _settle(qapp)
    data = writer.make_pdf()
    _settle(qapp)
    writer.grab().save(str(out / "letters-dialog.png"))
    writer.close()
    window.contacts.search.setText("")
    window.contacts.apply_query()
    if data:
        pdf = pdfium.PdfDocument(data)
        pdf[0].render(scale=1.2).to_pil().save(str(out / "letter.png"))
        pdf.close()
    from app.views.activities.call_sheet_dialog import CallSheetDialog

    window.show_page(3)
    _settle(qapp)
    busiest = max(
        window.ctx.lookups.users(),
        key=lambda u: len(window.ctx.call_sheets.for_day(u.id, _today(), _zone()).items),
    )
    sheet = CallSheetDialog(window.tasks.env, busiest.id, window.tasks)
    data = sheet.make_pdf()
    if data:
        pdf = pdfium.PdfDocument(data)
        pdf[0].render(scale=1.2).to_pil().save(str(out / "call-sheet.png"))
        pdf.close()
    sheet.close()


def _team_shots(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The audit page, the automation rules (the ready-made ones added), and Settings > Users and teams."""
    from app.views.shell.page_set import PAGE_NAMES

    window.show_page(PAGE_NAMES.index("audit"))
    _settle(qapp)
    window.grab().save(str(out / "audit.png"))
    ctx.automation.install_builtins()
    window.edit_automation()
    _settle(qapp)
    window.automation_dialog.resize(1100, 560)
    _settle(qapp)
    window.automation_dialog.grab().save(str(out / "automation.png"))
    window.automation_dialog.close()
    window.edit_users()
    _settle(qapp)
    if window.users_dialog is not None:
        window.users_dialog.grab().save(str(out / "users-and-teams.png"))
        window.users_dialog.close()
    window.show_page(1)
    _settle(qapp)


def _today():  # type: ignore[no-untyped-def]
    from datetime import date

    return date.today()


def _zone():  # type: ignore[no-untyped-def]
    from app.services.scheduling.tasks import local_zone

    return local_zone()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="use this database instead of building a demo one")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument(
        "--only",
        choices=[
            "import",
            "custom_fields",
            "dashboard",
            "schedule",
            "segments",
            "segment_index",
            "tasks",
            "deals",
            "printing",
            "team",
            "looks",
        ],
        help="only this feature's screenshots",
    )
    parser.add_argument("--theme", default="light", choices=["light", "dark", "high_contrast"])
    parser.add_argument("--language", default="en", help="en, de, fr or es")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="rapport-shots-"))
    _offscreen(tmp)
    os.environ["RAPPORT_DATA_DIR"] = str(tmp / "data")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSettings

    from app.config import resolve_settings
    from app.context import AppContext
    from app.views.shell.application import make_qapp

    qapp = make_qapp([sys.argv[0]])
    QCoreApplication.setOrganizationName("RapportScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from app.views.common import i18n
    from app.views.common.style import apply_style

    i18n.install(args.language)  # what the user's saved choices would do, chosen here
    apply_style(qapp, args.theme)
    db = Path(args.db) if args.db else tmp / "demo.db"
    if not args.db:
        _demo_database(db)
    ctx = AppContext.open(resolve_settings(db=str(db)))

    from app.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show()
    _settle(qapp)

    only = {
        "custom_fields": lambda: _custom_field_shots(window, qapp, ctx, out),
        "schedule": lambda: _schedule_shots(window, qapp, out),
        "import": lambda: _import_shots(window, qapp, tmp, out),
        "dashboard": lambda: _dashboard_shots(window, qapp, out),
        "segments": lambda: _segment_shots(window, qapp, ctx, out),
        "segment_index": lambda: _segment_index_shots(window, qapp, ctx, out),
        "tasks": lambda: _tasks_shots(window, qapp, ctx, out),
        "deals": lambda: _deal_shots(window, qapp, ctx, out),
        "printing": lambda: _printing_shots(window, qapp, out),
        "team": lambda: _team_shots(window, qapp, ctx, out),
        "looks": lambda: _looks_shots(window, qapp, out, args.language),
    }
    if args.only:
        only[args.only]()
        window.close()
        ctx.close()
        return 0

    window.show_page(1)
    _settle(qapp)
    window.grab().save(str(out / "contacts.png"))
    _contact_timeline_shot(window, qapp, ctx, out)

    window.show_page(0)
    accounts = window.accounts
    best = max(
        range(min(40, accounts.model.rowCount())),
        key=lambda r: (
            len(ctx.timeline.for_account(accounts.model.row_id(r))) if accounts.model.row_id(r) else 0
        ),
    )
    accounts.select_row(best)
    accounts.detail.tabs.setCurrentIndex(2)
    _settle(qapp)
    window.grab().save(str(out / "accounts-timeline.png"))
    accounts.detail.tabs.setCurrentIndex(1)
    _settle(qapp)
    window.grab().save(str(out / "accounts-contacts.png"))
    accounts.detail.tabs.setCurrentIndex(0)
    _settle(qapp)
    window.grab().save(str(out / "accounts-details.png"))

    _sales_shots(window, qapp, ctx, out)
    _schedule_shots(window, qapp, out)
    for name in ("calendar", "reports"):
        window.show_page(window.pages.index(getattr(window, name)))
        _settle(qapp, rounds=10)
        window.grab().save(str(out / f"{name}.png"))

    window.show_page(1)
    contacts = window.contacts
    contacts.select_row(3)
    contacts.open_row(3)
    dialog = contacts.editor
    dialog.editor("email").setText("jane.doe@@example")
    dialog.accept()  # the Save button: validation fails and is shown inline
    _settle(qapp)
    dialog.grab().save(str(out / "contact-editor-error.png"))
    dialog.reject()

    contacts.table.selectionModel().clearSelection()
    for row in (5, 6, 7):
        contacts.table.selectionModel().select(
            contacts.model.index(row, 0),
            contacts.table.selectionModel().SelectionFlag.Select
            | contacts.table.selectionModel().SelectionFlag.Rows,
        )
    contacts.delete_selected()
    accounts.delete_id(accounts.model.row_id(best + 1))
    window.show_page(window.pages.index(window.trash))
    _settle(qapp)
    window.grab().save(str(out / "trash.png"))

    window.show_page(1)
    contacts.search.setText("mar")
    contacts.apply_query()
    _settle(qapp)
    window.grab().save(str(out / "contacts-search.png"))
    contacts.search.setText("qqqxz")
    contacts.apply_query()
    _settle(qapp)
    window.grab().save(str(out / "contacts-empty.png"))

    _documents(qapp, window, ctx, out)
    _import_shots(window, qapp, tmp, out)
    _custom_field_shots(window, qapp, ctx, out)
    _segment_shots(window, qapp, ctx, out)
    _segment_index_shots(window, qapp, ctx, out)
    _tasks_shots(window, qapp, ctx, out)
    _deal_shots(window, qapp, ctx, out)
    _printing_shots(window, qapp, out)
    _team_shots(window, qapp, ctx, out)
    _looks_shots(window, qapp, out, args.language)

    window.close()
    ctx.close()
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


def _looks_shots(window, qapp, out: Path, language: str = "en") -> None:  # type: ignore[no-untyped-def]
    """Every page in the dark and the high-contrast theme at 1400x900, and in the light theme at 1280x720
    (the smallest layout a laptop gives us), into out/looks/."""
    from app.views.shell.appearance import choose_theme

    folder = out / ("looks" if language == "en" else f"looks-{language}")
    folder.mkdir(exist_ok=True)
    for shown, size in (("dark", (1400, 900)), ("high_contrast", (1400, 900)), ("light", (1280, 720))):
        choose_theme(shown)
        window.resize(*size)
        for index, page in enumerate(window.pages):
            window.show_page(index)
            _settle(qapp, rounds=10)
            name = type(page).__name__.removesuffix("Page").lower() or f"page{index}"
            if shown != "dark" and name not in ("contacts", "board", "dashboard", "calendar", "gantt"):
                continue  # every page dark; a sample of pages in the other two looks
            _save_small(window.grab(), folder / f"{shown}-{size[0]}x{size[1]}-{name}.png")
    choose_theme("light")
    window.resize(1400, 900)


def _save_small(pixmap, path: Path) -> None:  # type: ignore[no-untyped-def]
    """A screenshot as a 256-colour PNG (Pillow's octree palette: a third of the bytes, no visible loss on
    flat UI colours)."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(raw.data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(path, optimize=True)


def _segment_shots(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The segment builder with a nested OR group, a segment's members, bulk tagging, the tag manager."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    window.show_page(window.pages.index(window.contacts))
    page = window.contacts
    page.search.setText("")
    page.apply_query()
    _settle(qapp)
    builder = page.segments_button.new_segment()
    builder.resize(980, 560)
    builder.editor("name").setText("Quiet German contacts with open deals")
    builder.editor("description").setText("For the autumn call campaign")
    first = builder.criteria.root.items[0]
    first.field.setCurrentIndex(first.field.findData("country"))
    first.operator.setCurrentIndex(first.operator.findData("in"))
    first.value_editor.findChild(QLineEdit, "listValue").setText("DE, AT, CH")
    second = builder.criteria.root.add_condition()
    second.field.setCurrentIndex(second.field.findData("last_activity"))
    second.operator.setCurrentIndex(second.operator.findData("within_last_days"))
    second.value_editor.parts[0].setValue(60)
    second.negate.setChecked(True)
    group = builder.criteria.root.add_group()
    group.match.setCurrentIndex(1)
    deal = group.items[0]
    deal.field.setCurrentIndex(deal.field.findData("open_deal"))
    deal.value_editor.findChild(QLineEdit, "amountValue").setText("5000")
    status = group.add_condition()
    status.field.setCurrentIndex(status.field.findData("status"))
    status.value_editor.findChild(QComboBox, "choiceValue").setCurrentIndex(0)
    builder.update_count()
    _settle(qapp)
    builder.grab().save(str(out / "segment-builder.png"))
    builder.accept()
    _settle(qapp)
    window.grab().save(str(out / "contacts-segment.png"))
    page.filter_bar.select("segment_id", None)
    vip = (
        next((t for t in ctx.lookups.tags() if t.name == "VIP"), None)
        or ctx.tags.create("VIP", "#d32f2f").value
    )
    selection = page.table.selectionModel()
    for row in (1, 2, 4):
        selection.select(
            page.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )
    page.tags_button.tag_selection(vip, True)
    page.views_bar.save_as("German customers by city")
    _settle(qapp)
    page.tags_button._fill()
    add_menu = page.tags_button.menu_.actions()[0].menu()
    add_menu.popup(page.tags_button.mapToGlobal(page.tags_button.rect().bottomLeft()))
    _settle(qapp)
    add_menu.grab().save(str(out / "tags-menu.png"))  # a popup is its own window: grabbed on its own
    add_menu.hide()
    window.grab().save(str(out / "contacts-saved-view.png"))
    page.tags_button.open_manager()
    _settle(qapp)
    page.tags_button.manager.grab().save(str(out / "tag-manager.png"))
    page.tags_button.manager.close()


def _segment_index_shots(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The Segments menu's "Speed up this segment" and the status bar while a segment's index is built."""
    window.show_page(window.pages.index(window.contacts))
    page = window.contacts
    page.filter_bar.reload(["segment"])
    page.filter_bar.select("segment_id", ctx.segments.find("DACH contacts", "contact").id)
    _settle(qapp)
    menu = page.segments_button.menu()
    menu.popup(page.segments_button.mapToGlobal(page.segments_button.rect().bottomLeft()))
    _settle(qapp)
    menu.setActiveAction(page.segments_button.speed_action)
    _settle(qapp)
    menu.grab().save(str(out / "segments-speed-up-menu.png"))
    menu.hide()
    indexer = window.segment_indexer
    indexer.speed_up(ctx.segments.find("DACH contacts", "contact").id)
    indexer.label.show()  # at demo size the build takes milliseconds: show the bar as a long build does
    indexer.busy.show()
    _settle(qapp)
    window.grab().save(str(out / "segment-index-building.png"))
    while not indexer.idle:
        _settle(qapp)
    _settle(qapp)
    window.statusBar().grab().save(str(out / "segment-index-ready.png"))


def _tasks_shots(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The Tasks page of the busiest demo user, the editor of a call logged from a contact, a reminder."""
    from datetime import UTC, datetime, timedelta

    from app.services.scheduling.activities import ActivityInput
    from app.services.scheduling.tasks import local_zone

    page = window.tasks
    window.show_page(window.pages.index(page))
    page.refresh()
    busiest = max(
        range(page.owner_box.count()),
        key=lambda i: (
            ctx.activities.my_tasks(page.owner_box.itemData(i), local_zone()).total
            if page.owner_box.itemData(i) not in ("nobody", "everyone")
            else -1
        ),
    )
    owner = page.owner_box.itemData(busiest)
    now = datetime.now(UTC)
    for subject, hours, priority, progress in (
        ("Chase the signed order form", -30, "urgent", 0),
        ("Prepare the QBR deck", 3, "high", 60),
        ("Send revised pricing", 5, "normal", 20),
    ):
        ctx.activities.create(
            ActivityInput(
                subject=subject,
                owner_id=owner,
                due_at=now + timedelta(hours=hours),
                priority=priority,
                progress=progress,
                group_name="Q3 renewals",
            )
        )
    page.owner_box.setCurrentIndex(busiest)
    page.reload()
    _settle(qapp)
    window.grab().save(str(out / "tasks.png"))
    window.show_page(1)
    window.contacts.select_row(2)
    from app.views.activities import actions

    actions.log(window, "call")
    dialog = page.editor
    dialog.editor("subject").setText("Discussed the renewal and next steps")
    dialog.editor("subject").setCursorPosition(0)
    dialog.editor("body").setPlainText("Budget approved; wants a 3-year term. Send the draft by Friday.")
    _settle(qapp)
    dialog.grab().save(str(out / "activity-editor.png"))
    dialog.reject()
    me = ctx.current_user.id
    ctx.activities.create(
        ActivityInput(
            subject="Renewal call with Acme", owner_id=me, due_at=now + timedelta(minutes=15), reminder_at=now
        )
    )
    window.reminders.tray = None  # the in-window notice (offscreen has no system tray)
    window.reminders.poll()
    _settle(qapp)
    window.reminders.notice.grab().save(str(out / "task-reminder.png"))
    window.reminders.notice.close()


def _import_shots(window, qapp, tmp: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The import wizard: mapping with preview, the dry-run report of a refused file, the finished import."""
    source = tmp / "outlook-export.csv"
    source.write_bytes(
        (
            "First Name;Last Name;E-mail Address;Business Phone;Company;Job Title;Business City;"
            "Business Country/Region\n"
            "Jürgen;Müller;J.Mueller@Example.DE;+49 30 1234567;Müller Maschinenbau;CEO;Berlin;Germany\n"
            "Zoë;Dupont;zoe@dupont.example;+33 1 23 45 67 89;Dupont SA;Buyer;Paris;France\n"
            "Ana;García;ana.garcia@example.es;+34 91 123 45 67;Iberia Tech;CTO;Madrid;Spain\n"
            "Lars;;lars@@example;12;Nordic AB;;Oslo;Norway\n"
            "Pia;Berg;pia.berg@example.se\n"
        ).encode("cp1252")
    )
    window.open_import_wizard()
    wizard = window.import_wizard
    wizard.resize(900, 640)
    wizard.file_page.path.setText(str(source))
    _settle(qapp)
    wizard.grab().save(str(out / "import-file.png"))
    wizard.next()
    _settle(qapp)
    wizard.grab().save(str(out / "import-mapping.png"))
    wizard.next()
    wizard.next()  # past the value page (the country column)
    wizard.options_page.check_button.click()
    _settle(qapp)
    wizard.grab().save(str(out / "import-dry-run.png"))
    wizard.reject()
    good = tmp / "good.csv"
    good.write_bytes(b"\n".join(source.read_bytes().splitlines()[:4]) + b"\n")
    window.open_import_wizard()
    wizard = window.import_wizard
    wizard.resize(900, 640)
    wizard.file_page.path.setText(str(good))
    wizard.next()
    wizard.next()
    wizard.next()  # past the value page (the country column)
    wizard.options_page.check_button.click()
    wizard.next()
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()  # an instance's processEvents: the static one leaks a None reference (PySide 6.12.0)
    while not wizard.run_page.done:
        loop.processEvents()
    _settle(qapp)
    wizard.grab().save(str(out / "import-done.png"))
    wizard.accept()
    window.show_page(1)
    _settle(qapp)
    window.grab().save(str(out / "contacts-after-import.png"))
    from app.services.records.contacts import ContactInput

    window.env.ctx.contacts.create(
        ContactInput(last_name="Muller", first_name="Jurgen", email="j.mueller@example.de", city="Berlin")
    )
    window.env.ctx.contacts.create(
        ContactInput(last_name="Dupond", first_name="Zoë", phone="+33 1 23 45 67 89")
    )
    window.open_duplicates()
    dialog = window.duplicates_dialog
    dialog.find()
    _settle(qapp)
    dialog.grab().save(str(out / "duplicates.png"))
    dialog.reject()
    _issue7_shots(window, qapp, tmp, out)
    _import_values_shot(window, qapp, tmp, out)
    _import_running_shot(window, qapp, tmp, out)


def _import_values_shot(window, qapp, tmp: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The value page: a Salesforce opportunities export's stages, owners and currencies beside ours."""
    source = tmp / "salesforce-opportunities.csv"
    source.write_text(
        "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Opportunity Currency,Close Date,"
        "Opportunity Owner\n"
        "0065g00000AbC01,Rollout Berlin,Müller Maschinenbau,Closed Won,48000,EUR,2026-02-27,Alex Morgan\n"
        "0065g00000AbC02,Pilot Paris,Dupont SA,Prospecting,9000,Euro,2026-05-30,Priya Natarajan\n"
        "0065g00000AbC03,Renewal 2026,Iberia Tech,Negotiation/Review,15000,EUR,2026-04-15,jonas.becker\n"
        "0065g00000AbC04,Support plan,Nordic AB,Needs Analysis,4200,USD,2026-06-01,Camille Laurent\n"
        "0065g00000AbC05,Upgrade,Dupont SA,Closed Won,12500,€,2026-01-12,Alex Morgan\n"
        "0065g00000AbC06,Data migration,Iberia Tech,Proposal/Price Quote,7800,EUR,2026-05-02,Sam Okafor\n"
        "0065g00000AbC07,Training,Nordic AB,Closed Lost,2400,USD,2026-03-03,Priya Natarajan\n"
        "0065g00000AbC08,Second site,Müller Maschinenbau,Perception Analysis,31000,EUR,2026-07-20,"
        "Dana Scully\n"
        "0065g00000AbC09,Licences,Dupont SA,Closed Won,6600,EUR,2026-02-10,Alex Morgan\n",
        encoding="utf-8",
    )
    window.open_import_wizard()
    wizard = window.import_wizard  # at its normal size
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("deals"))
    wizard.file_page.path.setText(str(source))
    wizard.next()
    wizard.next()
    _settle(qapp)
    wizard.grab().save(str(out / "import-values.png"))
    wizard.reject()


def _import_running_shot(window, qapp, tmp: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """A 30,000-row import caught while it writes, then cancelled (it rolls back)."""
    import csv

    big = tmp / "big-export.csv"
    with big.open("w", newline="", encoding="utf-8") as handle:
        rows = csv.writer(handle)
        rows.writerow(["First Name", "Last Name", "E-mail Address", "Company", "Business Country/Region"])
        for i in range(30_000):
            rows.writerow([f"Person{i}", f"Bulk {i}", f"person{i}@bulk.example", f"Firm {i % 500}", "DE"])
    window.open_import_wizard()
    wizard = window.import_wizard
    wizard.resize(900, 640)
    wizard.file_page.path.setText(str(big))
    while wizard.currentPage() is not wizard.run_page:  # mapping, values (the country column), options
        wizard.next()
    run = wizard.run_page
    _wait(lambda: run.job is not None and (run.job.finished or run.job.done > run.job.total // 2 > 0))
    run._poll()
    _settle(qapp)
    wizard.grab().save(str(out / "import-running.png"))
    wizard.reject()  # cancels: nothing of the file stays


def _wait(job_done) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    while not job_done():
        loop.processEvents()


def _issue7_shots(window, qapp, tmp: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Deals import, look-alike rows in a dry run, the create-time duplicate warning, standardisation."""
    from sqlalchemy import update

    from app.models import Contact
    from app.services.records.contacts import ContactInput

    ctx = window.env.ctx
    stages = next((p.stages for p in ctx.deals.pipelines() if p.is_default), ())
    open_stage = next((st.name for st in stages if not (st.is_won or st.is_lost)), "Qualification")
    deals = tmp / "opportunities.csv"
    deals.write_text(
        "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Opportunity Currency,Close Date\n"
        f'OPP-1,Press line retrofit,Müller Maschinenbau,{open_stage},"48,500.00",EUR,2026-03-15\n'
        f"OPP-2,Pilot licences,Dupont SA,{open_stage},9000,EUR,2026-04-30\n"
        "OPP-3,Renewal,Iberia Tech,Negotiation,12000,EUR,2026-05-31\n",
        encoding="utf-8",
    )
    window.open_import_wizard()
    wizard = window.import_wizard
    wizard.resize(900, 640)
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("deals"))
    wizard.file_page.path.setText(str(deals))
    wizard.next()
    _settle(qapp)
    wizard.grab().save(str(out / "import-deals-mapping.png"))
    wizard.next()
    wizard.next()  # past the value page (stages and currencies: all fine here)
    wizard.options_page.check_button.click()
    _settle(qapp)
    wizard.grab().save(str(out / "import-deals-dry-run.png"))
    wizard.reject()

    people = tmp / "event-list.csv"
    people.write_text(
        "First Name,Last Name,Email,Company,City\n"
        "Jurgen,Muller,,Müller Maschinenbau,Berlin\n"
        "Zoe,Dupont,zoe.dupont@gmail.example,Dupont SA,Paris\n"
        "Ada,Lovelace,ada@engines.example,Analytical Engines,London\n",
        encoding="utf-8",
    )
    window.open_import_wizard()
    wizard = window.import_wizard
    wizard.resize(900, 640)
    wizard.file_page.path.setText(str(people))
    wizard.next()
    wizard.next()
    options = wizard.options_page
    options.match.setCurrentIndex(options.match.findData("email"))
    options.check_button.click()
    _settle(qapp)
    wizard.grab().save(str(out / "import-likely-duplicates.png"))
    wizard.reject()

    window.show_page(window.pages.index(window.contacts))
    window.contacts.new_record()
    dialog = window.contacts.editor
    dialog.editor("first_name").setText("Jürgen")
    dialog.editor("last_name").setText("Müller")
    dialog.editor("email").setText("j.mueller@example.de")
    dialog.accept()
    _settle(qapp)
    dialog.grab().save(str(out / "contact-likely-duplicate.png"))
    dialog.reject()

    messy = [
        ("MCDONALD", "FIONA", "EDINBURGH"),
        ("van der berg", "anne", "AMSTERDAM"),
        ("O'NEIL", "SEAN", "dublin"),
    ]
    ids = []
    for last, first, city in messy:
        record = ctx.contacts.create(ContactInput(last_name="x", phone="+44 20 7946 0958")).value
        ids.append(record.id)
        with ctx.sessions.begin() as s:
            s.execute(
                update(Contact)
                .where(Contact.id == record.id)
                .values(last_name=last, first_name=first, city=city, email=f" {first.title()}@Example.COM ")
            )
    from app.services.core.listing import ListQuery
    from app.views.quality.standardise import StandardiseDialog

    dialog = StandardiseDialog(
        window.env, window.contacts.kind, ids, ListQuery(), "3 selected contacts", window
    )
    dialog.show()
    _wait(lambda: dialog.job is None)
    _settle(qapp)
    dialog.grab().save(str(out / "standardise.png"))
    dialog.reject()


def _documents(qapp, window, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Products, Documents, the document editor, company settings, and the long demo quote's PDF pages."""
    import shutil
    import subprocess

    from app.services.documents.company import CompanySettings
    from app.services.documents.pdf import render

    contacts = window.contacts
    contacts.search.setText("")
    contacts.apply_query()
    ctx.company.save(
        CompanySettings(
            name="Rapport Demo GmbH",
            address="Musterstraße 5\n10115 Berlin, Germany",
            email="sales@rapport-demo.example",
            phone="+49 30 1234567",
            tax_id="DE123456789",
            bank_details="IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX",
        )
    )
    window.show_page(window.pages.index(window.products))
    _settle(qapp)
    window.grab().save(str(out / "products.png"))
    window.products.edit_price_lists()
    _settle(qapp)
    window.products.price_lists_dialog.grab().save(str(out / "price-lists.png"))
    window.products.price_lists_dialog.reject()
    window.show_page(window.pages.index(window.documents))
    page = window.documents
    _settle(qapp)
    window.grab().save(str(out / "documents.png"))
    short = next(r for r in ctx.documents.rows("quote") if 3 <= len(ctx.documents.get(r.id).lines) <= 6)
    page.open_id(short.id)
    _settle(qapp)
    page.editor.resize(1000, 720)
    _settle(qapp)
    page.editor.grab().save(str(out / "document-editor.png"))
    page.editor.reject()
    window.edit_company_settings()
    _settle(qapp)
    window.settings_dialog.grab().save(str(out / "company-settings.png"))
    window.settings_dialog.reject()
    longest = max(ctx.documents.rows("quote"), key=lambda r: r.total)
    pdf = out / "document-long.pdf"
    pdf.write_bytes(render(ctx.documents.get(longest.id), ctx.company.get()))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(out / "document-page")], check=True)
    pdf.unlink()


def _custom_field_shots(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The custom fields settings, the editor's Custom fields group and a list sorted by a custom column."""
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from app.services.core.custom_fields import FieldInput

    if not ctx.custom_fields.fields("contact"):  # a --db without the demo's custom fields
        from app.services.demo import custom

        for entity, _key, label, kind, options in custom.FIELDS:
            data = FieldInput(entity, label, kind.value, choices=tuple(options.get("choices", ())))
            ctx.custom_fields.create(replace(data, currency=options.get("currency", "")))
    window.edit_custom_fields()
    dialog = window.custom_fields_dialog
    dialog.list.setCurrentRow(0)
    _settle(qapp)
    dialog.grab().save(str(out / "custom-fields-settings.png"))
    dialog.add()
    dialog.editor.label.setText("Contract value")
    dialog.editor.kind.setCurrentIndex(dialog.editor.kind.findData("money"))
    _settle(qapp)
    dialog.editor.grab().save(str(out / "custom-field-editor.png"))
    dialog.editor.reject()
    dialog.reject()
    window.show_page(1)
    contacts = window.contacts
    contacts.search.setText("")
    contacts.apply_query()
    header = contacts.table.horizontalHeader()
    for key in ("email", "phone", "city"):
        contacts.columns_button.set_visible([c.key for c in contacts.model.columns].index(key), False)
    for key in ("custom.tier", "custom.licences", "custom.renewal_date"):
        column = [c.key for c in contacts.model.columns].index(key)
        contacts.columns_button.set_visible(column, True)
    licences = [c.key for c in contacts.model.columns].index("custom.licences")
    contacts.table.sortByColumn(licences, Qt.SortOrder.DescendingOrder)
    header.setSortIndicator(licences, Qt.SortOrder.DescendingOrder)
    box = contacts.custom_filter
    box.field.setCurrentIndex(box.field.findData("tier"))
    box.value.setText("Gold")
    box.value.editingFinished.emit()
    _settle(qapp)
    window.grab().save(str(out / "contacts-custom-columns.png"))
    contacts.open_row(0)
    editor = contacts.editor
    editor.custom_form.editor("licences").setText("lots")
    editor.accept()  # validation fails and is shown under the field
    _settle(qapp)
    editor.grab().save(str(out / "contact-editor-custom-fields.png"))
    editor.reject()
    box.field.setCurrentIndex(0)


def _deal_shots(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The deal editor (a new deal with custom fields) and the board showing the saved deal."""
    from app.services.core.custom_fields import FieldInput

    if not ctx.custom_fields.fields("deal"):
        ctx.custom_fields.create(FieldInput("deal", "Region", "choice", choices=("EMEA", "Americas", "APAC")))
        ctx.custom_fields.create(FieldInput("deal", "Contract term (months)", "number"))
    window.show_page(window.pages.index(window.board))
    _settle(qapp)
    board = window.board
    board.new_record()
    editor = board.editor
    editor.editor("name").setText("Northwind data platform")
    editor.editor("amount").setText("84500")
    editor.editor("expected_close").setText("2026-12-15")
    account_id, name = ctx.accounts.find_by_name("", 1)[0]
    editor.account_picker.picked.emit(account_id, name)
    if editor.contact_box.count() > 1:
        editor.contact_box.setCurrentIndex(1)
    region = editor.custom_form.editor("region")
    region.setCurrentIndex(region.findText("EMEA"))
    editor.custom_form.editor("contract_term_months").setText("24")
    _settle(qapp)
    editor.grab().save(str(out / "deal-editor.png"))
    editor.accept()
    _settle(qapp)
    window.grab().save(str(out / "pipeline-board-new-deal.png"))
    _deal_lines_shot(window, qapp, ctx, out)


def _deal_lines_shot(window, qapp, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """A demo deal with product lines in the editor (issue 17): the amount is the lines' net total."""
    from app.services.core.listing import ListQuery
    from app.views.board.deal_editor import DealEditor

    total = ctx.deals.count(ListQuery())
    rows = ctx.deals.page(ListQuery(), 0, min(total, 400), total).rows
    deal = next((d for d in map(ctx.deals.get, (r.id for r in rows)) if len(d.lines) >= 3), None)
    if deal is None:
        return
    editor = DealEditor(window.board.env, deal, window)
    editor.show()
    editor.products.table.selectRow(0)
    _settle(qapp)
    editor.grab().save(str(out / "deal-editor-products.png"))
    editor.reject()


if __name__ == "__main__":
    raise SystemExit(main())
