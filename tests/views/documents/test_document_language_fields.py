"""Issue 25: the account editor and the company settings choose the language documents are printed in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.documents.company import CompanySettings
from app.views.common.form_dialog import find_data


def test_account_editor_stores_and_shows_the_documents_language(window, qtbot, ctx, sample):
    window.accounts.edit_id(sample.acme)
    dialog = window.accounts.editor
    qtbot.waitExposed(dialog)
    combo = dialog.editor("language")
    assert combo.currentData() == ""  # automatic: by the account's country
    combo.setCurrentIndex(find_data(combo, "fr"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_banner.text()
    assert ctx.accounts.get(sample.acme).language == "fr"
    window.accounts.edit_id(sample.acme)
    assert window.accounts.editor.editor("language").currentText() == "Français"
    window.accounts.editor.reject()


def test_company_settings_choose_the_default_documents_language(window, ctx):
    ctx.company.save(CompanySettings(name="Rapport", language="es"))
    window.edit_company_settings()
    dialog = window.settings_dialog
    combo = dialog.editor("language")
    assert combo.currentData() == "es"
    combo.setCurrentIndex(find_data(combo, "de"))
    dialog.accept()
    assert not dialog.isVisible()
    assert ctx.company.get().language == "de"
