"""Print what a list page shows: the list as a table (its visible columns in their order, its search,
filters and sort), and for contacts and accounts mailing labels and envelopes (app/views/lists/labels_dialog.py).

The PDF is the one rendering (app/services/printing): "Print list…" opens the print preview of that PDF,
"Save list as PDF…" writes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMenu, QProgressDialog, QToolButton

from app.views.common.file_dialogs import get_save_file_name
from app.views.common.labels import translated

ADDRESS_ENTITIES = ("contact", "account")


def describe(page: Any) -> str:
    """What the printed list holds, in words: its search, filters and sort."""
    parts = []
    query = page.model.query
    if query.search:
        parts.append(f"search “{query.search}”")
    for combo in page.filter_bar.combos.values():
        if combo.currentIndex() > 0:
            parts.append(combo.currentText())
    columns = {c.sort: c.title for c in page.model.columns if c.sort}
    if query.sort in columns:
        parts.append(f"sorted by {columns[query.sort]}{' (descending)' if query.descending else ''}")
    total = f"{page.model.total:,} {page.noun}"
    return " · ".join([total, *parts])


def list_pdf(page: Any) -> bytes | None:
    """The list as a PDF table, with a progress dialog; None if cancelled."""
    from app.services.importing.export import list_rows
    from app.services.printing.table_pdf import Cancelled, render_table
    from app.views.lists.export_action import visible_columns

    model = page.model
    columns = visible_columns(page.table, model.columns)
    progress = QProgressDialog(
        QCoreApplication.translate("lists.print_action", "Preparing the {noun} for printing…").format(
            noun=translated(page.noun)
        ),
        QCoreApplication.translate("lists.print_action", "Cancel"),
        0,
        max(model.total, 1),
        page,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    loop = QEventLoop()

    def tick(done: int) -> bool:
        progress.setValue(done)
        loop.processEvents()
        return not progress.wasCanceled()

    try:
        rows = ([c.value(row) for c in columns] for row in list_rows(model.source, model.query))
        return render_table(
            page.title,
            describe(page),
            [c.title for c in columns],
            rows,
            right_aligned=[i for i, c in enumerate(columns) if c.align_right],
            progress=tick,
        )
    except Cancelled:
        return None
    finally:
        progress.close()


def print_list(page: Any) -> None:
    """Ctrl+P: the print preview of the list, from which it prints."""
    from app.views.common.printing import preview

    data = _make(page)
    if data is not None:
        preview(page, data, page.title)


def save_list_pdf(page: Any) -> None:
    name, _chosen = get_save_file_name(
        page,
        QCoreApplication.translate("lists.print_action", "Save {noun} as PDF").format(noun=page.noun),
        f"{page.noun}.pdf",
        QCoreApplication.translate("lists.print_action", "PDF (*.pdf)"),
    )
    if not name:
        return
    data = _make(page)
    if data is None:
        return
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
    try:
        path.write_bytes(data)
    except OSError as exc:
        page.env.error(
            QCoreApplication.translate("lists.print_action", "Could not write {name}: {exc}").format(
                name=path.name, exc=exc
            )
        )
        return
    page.env.status(
        QCoreApplication.translate("lists.print_action", "Saved the {noun} list to {name}").format(
            noun=translated(page.noun), name=path.name
        )
    )


def _make(page: Any) -> bytes | None:
    try:
        data = list_pdf(page)
    except ValueError as exc:  # too long to print
        page.env.error(
            QCoreApplication.translate("lists.print_action", "Cannot print the {noun}: {exc}").format(
                noun=translated(page.noun), exc=exc
            )
        )
        return None
    if data is None:
        page.env.status(QCoreApplication.translate("lists.print_action", "Printing cancelled"))
    return data


def print_button(page: Any) -> QToolButton:
    """The page's Print button and its menu (labels and envelopes where records have addresses)."""
    from app.views.common.style import icon

    button = QToolButton(page)
    button.setIcon(icon("print"))  # an icon alone: the title row must still fit a 1024-px window
    button.setObjectName("printButton")
    button.setAccessibleName(QCoreApplication.translate("lists.print_action", "Print"))
    tip = "labels and envelopes, " if page.kind.name in ADDRESS_ENTITIES else ""
    button.setToolTip(
        QCoreApplication.translate(
            "lists.print_action", "Print the {noun} this list shows (Ctrl+P), {tip}or save them as PDF"
        ).format(noun=translated(page.noun), tip=tip)
    )
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.addAction(QCoreApplication.translate("lists.print_action", "Print list…"), lambda: print_list(page))
    menu.addAction(
        QCoreApplication.translate("lists.print_action", "Save list as PDF…"), lambda: save_list_pdf(page)
    )
    if page.kind.name in ADDRESS_ENTITIES:
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("lists.print_action", "Mailing labels…"),
            lambda: _labels(page, "labels"),
        )
        menu.addAction(
            QCoreApplication.translate("lists.print_action", "Envelopes…"), lambda: _labels(page, "envelopes")
        )
        menu.addAction(QCoreApplication.translate("lists.print_action", "Letters…"), lambda: _letters(page))
    button.setMenu(menu)
    return button


def _labels(page: Any, mode: str) -> None:
    from app.views.lists.labels_dialog import LabelsDialog  # reportlab's sheets load on first use

    LabelsDialog(page, mode, page).open()


def _letters(page: Any) -> None:
    from app.views.lists.letters_dialog import LettersDialog

    LettersDialog(page, page).open()
