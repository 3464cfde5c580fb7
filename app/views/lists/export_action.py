"""Export what a list page shows: its visible columns in their on-screen order, its current query.

The rows come from the page's own service query (app.services.importing.export pages through it); a progress
dialog with Cancel stays responsive between pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.importing.export import list_rows, write_table
from app.services.importing.vcard import write_vcards
from app.views.common.file_dialogs import get_save_file_name
from app.views.common.labels import translated

FILTERS = "CSV (*.csv);;Excel workbook (*.xlsx)"
CONTACT_FILTERS = FILTERS + ";;vCard (*.vcf)"


def visible_columns(table: Any, columns: Any) -> list[Any]:
    header = table.horizontalHeader()
    shown = [i for i in range(len(columns)) if not header.isSectionHidden(i)]
    return [columns[i] for i in sorted(shown, key=header.visualIndex)]


def export_page(page: Any, path: Path, parent: QWidget | None = None) -> int:
    """Write the page's rows to `path` (format by suffix); -1 if cancelled. A vCard holds the selection,
    or every row when nothing is selected."""
    model = page.model
    fmt = path.suffix.lstrip(".").lower()
    if fmt == "vcf":
        rows = page.selected_items() or list_rows(model.source, model.query)
        return write_vcards(path, rows, getattr(model.source, "notes_of", None))
    columns = visible_columns(page.table, model.columns)
    progress = QProgressDialog(
        QCoreApplication.translate("lists.export_action", "Exporting {noun}…").format(
            noun=translated(page.noun)
        ),
        QCoreApplication.translate("lists.export_action", "Cancel"),
        0,
        max(model.total, 1),
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    loop = QEventLoop()  # its processEvents, not the static one: PySide 6.12.0 leaks a None per static call

    def tick(done: int) -> bool:
        progress.setValue(done)
        loop.processEvents()
        return not progress.wasCanceled()

    try:
        return write_table(
            path,
            fmt,
            [c.title for c in columns],
            list_rows(model.source, model.query),
            lambda row: [c.value(row) for c in columns],
            tick,
        )
    finally:
        progress.close()


def ask_and_export(page: Any) -> None:
    filters = CONTACT_FILTERS if page.kind.name == "contact" else FILTERS
    name, chosen = get_save_file_name(
        page,
        QCoreApplication.translate("lists.export_action", "Export {noun}").format(noun=page.noun),
        f"{page.noun}.csv",
        filters,
    )
    if not name:
        return
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".vcf" if "vcf" in chosen else ".csv")
    try:
        count = export_page(page, path, page)
    except (OSError, ValueError) as exc:
        page.env.error(
            QCoreApplication.translate("lists.export_action", "Could not export to {name}: {exc}").format(
                name=path.name, exc=exc
            )
        )
        return
    if count < 0:
        page.env.status(QCoreApplication.translate("lists.export_action", "Export cancelled"))
    else:
        page.env.status(
            QCoreApplication.translate("lists.export_action", "Exported {count:,} {noun} to {name}").format(
                count=count, noun=translated(page.noun), name=path.name
            )
        )
