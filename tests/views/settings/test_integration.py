"""Settings > Integration through the real widgets: a token created (shown once, copied), listed and
revoked; a web form made, edited and its snippet copied; a webhook subscribed (secret shown), switched
off and its deliveries listed; a rep manages only their own tokens and is told the rest is not theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from app.models import Role
from app.services.access.users import UserInput
from app.services.core.lookups import UserRef
from app.services.records.contacts import ContactInput
from app.views.settings.forms_page import FormEditor
from app.views.settings.integration import IntegrationDialog
from app.views.settings.tokens_page import TokenEditor
from app.views.settings.webhooks_page import WebhookEditor


def _yes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_a_token_is_created_shown_once_copied_and_revoked(window, qtbot, ctx, monkeypatch, qtmodeltester):
    window.edit_integration()
    dialog = window.integration_dialog
    page = dialog.tokens
    qtmodeltester.check(page.model)
    editor = TokenEditor(window.env, True, page)
    editor.create()  # no name
    assert "say what the token is for" in editor.message.text() and editor.made is None
    editor.name.setText("web shop")
    editor.scopes["read"].setChecked(False)
    editor.scopes["leads"].setChecked(True)
    editor.create()
    secret, info = editor.made
    assert secret.startswith("rpt_") and info.scopes == ("leads",)
    monkeypatch.setattr(TokenEditor, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(TokenEditor, "__init__", _made_by(editor))
    page.new_token()
    shown = page.secret_dialog
    assert (
        shown.secret.text() == secret and "not shown again" in shown.findChild(object, "explanation").text()
    )
    shown.copy_button.click()
    assert QGuiApplication.clipboard().text() == secret
    assert [r.name for r in page.model.rows] == ["web shop"]
    assert page.model.data(page.model.index(0, 6)) == "active"
    qtmodeltester.check(page.model)
    _yes(monkeypatch)
    page.table.selectRow(0)
    page.revoke()
    assert page.model.data(page.model.index(0, 6)) == "revoked"
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) == QColor(
        Qt.GlobalColor.gray
    )
    dialog.grab().save("/tmp/h/integration_tokens.png")


def _made_by(done):  # type: ignore[no-untyped-def]
    """Stand in for the editor the page opens: the one the test filled in."""

    def init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        QDialog.__init__(self)
        self.made = done.made

    return init


def test_a_web_form_is_made_edited_and_its_snippet_copied(window, qtbot, ctx, monkeypatch, qtmodeltester):
    window.edit_integration()
    page = window.integration_dialog.forms
    editor = FormEditor(window.env, None, page)
    editor.name.setText("Contact us")
    editor.origins.setPlainText("www.example.com")  # not a site address
    editor.save()
    assert "allowed_origins: 'www.example.com' is not a site" in editor.message.text()
    assert ctx.web_forms.list() == []  # nothing stored
    editor.origins.setPlainText("https://www.example.com")
    editor.consent.setPlainText("I agree to be contacted.")
    editor.redirect.setText("https://www.example.com/thanks")
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    page.reload()
    qtmodeltester.check(page.model)
    (form,) = page.model.rows
    assert form.consent_text == "I agree to be contacted." and form.allowed_origins == (
        "https://www.example.com",
    )
    change = FormEditor(window.env, form, page)
    change.required.item(0).setCheckState(Qt.CheckState.Checked)  # first name required too
    change.save()
    assert ctx.web_forms.get(form.id).required == ("first_name", "last_name", "email")
    page.reload()
    page.table.selectRow(0)
    page.show_snippet()
    snippet = page.snippet_dialog
    snippet.base.setText("https://crm.example.com")
    snippet.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert (
        f'action="https://crm.example.com/forms/{form.id}"' in copied and "I agree to be contacted." in copied
    )
    window.integration_dialog.tabs.setCurrentIndex(1)
    window.integration_dialog.grab().save("/tmp/h/integration_forms.png")
    _yes(monkeypatch)
    page.delete_form()
    assert ctx.web_forms.list() == [] and page.model.rows == []


def test_a_webhook_is_subscribed_switched_off_and_its_log_shown(
    window, qtbot, ctx, monkeypatch, qtmodeltester
):
    window.edit_integration()
    page = window.integration_dialog.webhooks
    editor = WebhookEditor(window.env, page)
    editor.url.setText("ftp://nope")
    editor.create()
    assert "url: 'ftp://nope' is not an http:// or https:// address" in editor.message.text()
    editor.name.setText("ERP")
    editor.url.setText("http://127.0.0.1:9/hook")
    editor.types["deal"].setChecked(True)
    editor.events["won"].setChecked(True)
    editor.create()
    secret, sub = editor.made
    assert sub.record_types == ("contact", "deal") and "won" in sub.events
    ctx.contacts.create(ContactInput(last_name="Hooked"))
    ctx.automation.deliver_outbox()  # nobody listens on port 9: a failure, logged
    page.reload()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.log_model)
    assert page.model.data(page.model.index(0, 5)) == "1 in a row"
    assert [e.event for e in page.log_model.rows] == ["contact.created"]
    assert page.log_model.data(page.log_model.index(0, 3)) == "retrying"
    page.show_secret()
    assert page.secret_dialog.secret.text() == secret
    page.secret_dialog.close()
    window.integration_dialog.tabs.setCurrentIndex(2)
    window.integration_dialog.grab().save("/tmp/h/integration_webhooks.png")
    page.toggle()
    assert page.model.data(page.model.index(0, 4)) == "off" and not ctx.webhooks.get(sub.id).active
    _yes(monkeypatch)
    page.remove()
    assert ctx.webhooks.list() == [] and page.model.rows == []


def test_a_rep_manages_only_their_own_tokens(window, qtbot, ctx, qtmodeltester):
    rep = ctx.users.add(UserInput("Rita", "rita@example.com", Role.SALES_REP)).value
    ctx.tokens.create(ctx.current_user.id, "admin's key", "read")
    env = window.env
    env.ctx = ctx.acting_as(UserRef(rep.id, rep.name, rep.email))
    dialog = IntegrationDialog(env, window)
    qtbot.addWidget(dialog)
    assert dialog.forms is None and dialog.webhooks is None
    assert "Only an administrator manages web forms" in dialog.tabs.widget(1).text()
    assert dialog.tokens.model.rows == []  # the administrator's key is not hers to see
    editor = TokenEditor(env, False, dialog)
    assert not editor.user.isEnabled() and editor.user.currentData() == rep.id
    editor.name.setText("my script")
    editor.create()
    dialog.tokens.reload()
    qtmodeltester.check(dialog.tokens.model)
    assert [(t.name, t.user) for t in dialog.tokens.model.rows] == [("my script", "Rita")]
