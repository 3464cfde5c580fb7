"""The import wizard: file (encoding and delimiter detected, overridable), column mapping with a preview,
value translations (values_page, only for columns with a fixed set of values), matching options with a
dry-run report and "Save mapping…", then the import in a worker thread with progress and Cancel. A
folder or zip is a whole CRM export (Salesforce, HubSpot, Pipedrive): its plan, then its run
(export_pages).

The import itself is `RecordImportService.run`; the wizard only gathers its arguments in an `ImportDraft`
that it owns and hands to every page. The finished import is pushed on the undo stack as one command
(undo removes the whole batch).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from app.views.common.env import ViewEnv
from app.views.importing.draft import ImportDraft
from app.views.importing.export_pages import ExportPlanPage, ExportRunPage
from app.views.importing.file_page import FilePage
from app.views.importing.mapping_page import MappingPage
from app.views.importing.options_page import OptionsPage
from app.views.importing.run_page import RunPage
from app.views.importing.values_page import ValuesPage


class ImportWizard(QWizard):
    def __init__(self, env: ViewEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.env = env
        self.draft = ImportDraft()
        self.file_page = FilePage(self.draft)
        self.mapping_page = MappingPage(env, self.draft)
        self.values_page = ValuesPage(env, self.draft)
        self.options_page = OptionsPage(env, self.draft)
        self.run_page = RunPage(env, self.draft)
        self.file_id = self.addPage(self.file_page)
        self.mapping_id = self.addPage(self.mapping_page)
        self.values_id = self.addPage(self.values_page)
        self.options_id = self.addPage(self.options_page)
        self.run_id = self.addPage(self.run_page)
        self.export_plan_page = ExportPlanPage(self.draft)
        self.export_run_page = ExportRunPage(env, self.draft)
        self.export_plan_id = self.addPage(self.export_plan_page)
        self.export_run_id = self.addPage(self.export_run_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        # Deleted by Qt when closed, not by Python's collector at exit (which aborted under PySide 6.12).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 600)

    def nextId(self) -> int:
        """After the mapping, the value page only when a mapped column has a fixed set of values; a whole
        CRM export (a folder or zip) goes from the file page to its plan and its run."""
        current = self.currentId()
        if current == self.mapping_id:
            return self.values_id if self.draft.translates_values() else self.options_id
        if current == self.file_id and self.draft.export is not None:
            return self.export_plan_id
        if current in (self.run_id, self.export_run_id):
            return -1
        return super().nextId()

    def reject(self) -> None:
        self.run_page.stop()  # the import rolls back
        self.export_run_page.stop()
        super().reject()
