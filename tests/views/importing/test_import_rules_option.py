"""The import wizard's "Run automation rules for the imported records" (on by default; off as
`rapport import --no-rules`), through the real widgets, the worker thread and the undo stack."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from app.services.core.listing import ListQuery
from tests.services.automation.helpers import rule, tasks

CSV = "First Name,Last Name,Email\nGrace,Hopper,grace@navy.example\nAlan,Turing,alan@bletchley.example\n"


def _import(window, qtbot, path, run_rules):
    window.open_import_wizard()
    wizard = window.import_wizard
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    options = wizard.options_page
    assert wizard.currentPage() is options
    assert options.run_rules.isChecked()  # on by default
    options.run_rules.setChecked(run_rules)
    options.grab().save(f"/tmp/k_import_options_{run_rules}.png")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert "Imported 2 new" in wizard.run_page.status.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_imported_records_run_the_rules_unless_the_box_is_cleared(window, qtbot, ctx, tmp_path):
    rule(ctx, "contact", "created", [{"type": "create_task", "subject": "Call"}])
    path = tmp_path / "people.csv"
    path.write_text(CSV, "utf-8")
    _import(window, qtbot, path, run_rules=False)
    assert ctx.contacts.count(ListQuery()) == 2 and tasks(ctx) == []
    window.undo_stack.undo()
    window.undo_stack.redo()  # the redone import runs without rules too
    assert ctx.contacts.count(ListQuery()) == 2 and tasks(ctx) == []
    window.undo_stack.undo()
    assert ctx.contacts.count(ListQuery()) == 0
    _import(window, qtbot, path, run_rules=True)
    assert ctx.contacts.count(ListQuery()) == 2
    assert [t.subject for t in tasks(ctx)] == ["Call", "Call"]
