"""Issue 16: the company settings form shows and saves the company country (national phone numbers)."""

from __future__ import annotations

from app.services.documents.company import CompanySettings


def test_company_settings_show_and_save_the_country(window, ctx):
    ctx.company.save(CompanySettings(name="Rapport", country="AT"))
    window.edit_company_settings()
    dialog = window.settings_dialog
    assert dialog.editor("country").text() == "AT"
    dialog.editor("country").setText("xx")
    dialog.accept()
    assert dialog.isVisible()
    assert "country code" in dialog.fields["country"].error
    assert ctx.company.get().country == "AT"
    dialog.editor("country").setText("de")
    dialog.accept()
    assert not dialog.isVisible()
    assert ctx.company.get().country == "DE"
    window.edit_company_settings()
    assert window.settings_dialog.editor("country").text() == "DE"
    window.settings_dialog.reject()
