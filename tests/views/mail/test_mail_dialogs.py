"""Settings > Email and the Compose dialog through the real widgets, against real SMTP and IMAP servers."""

from __future__ import annotations

from sqlalchemy import select

from app.models import MailOutbox
from app.services.documents.document_input import DocumentInput, LineInput
from app.services.mail.templates import TemplateInput
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput
from app.views.mail.compose import ComposeDialog
from app.views.mail.settings import MailSettingsDialog
from tests.services.mail.servers import PASSWORD


def test_settings_adds_an_account_and_tests_it(window, qtbot, ctx, smtp, dovecot, file_keyring, mailbox_user):
    dialog = MailSettingsDialog(window.env, window)
    qtbot.addWidget(dialog)
    edits = dialog.edits
    edits["name"].setText("Work")
    edits["from_address"].setText("not an address")
    edits["smtp_host"].setText("127.0.0.1")
    assert not dialog.save()
    assert "from address" in dialog.message.text() and ctx.mail_accounts.list() == []
    edits["from_address"].setText("rita@example.com")
    edits["smtp_port"].setValue(smtp.port)
    edits["smtp_security"].setCurrentText("none")
    edits["imap_host"].setText("127.0.0.1")
    edits["imap_port"].setValue(dovecot.port)
    edits["imap_security"].setCurrentText("none")
    edits["imap_username"].setText(mailbox_user)
    edits["imap_password"].setText(PASSWORD)
    assert dialog.save()
    [saved] = ctx.mail_accounts.list()
    assert saved.imap_username == mailbox_user and dialog.chooser.currentData() == saved.id
    assert all(w.accessibleName() for w in edits.values())
    qtbot.mouseClick(dialog.test_button, qtbot_left())
    qtbot.waitUntil(lambda: "Reading: OK" in dialog.message.text(), timeout=20000)
    assert "Sending: OK" in dialog.message.text()
    dialog.show()
    dialog.grab().save("/tmp/d-mail-settings.png")


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_compose_previews_with_the_record_refuses_a_missing_field_and_sends(
    window, qtbot, ctx, account, smtp
):
    ada = ctx.contacts.create(
        ContactInput(first_name="Ada", last_name="Lovelace", email="ada@example.com")
    ).value
    nameless = ctx.contacts.create(ContactInput(last_name="Hopper", email="grace@example.com")).value
    ctx.email_templates.save(
        TemplateInput(
            "Welcome",
            "Welcome {{ recipient.first_name }}",
            "Dear {{ recipient.full_name }},\nwelcome aboard.",
        )
    )
    dialog = ComposeDialog(window.env, "contact", nameless.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Welcome"))
    assert "recipient.first_name" in dialog.message.text() and "Hopper" in dialog.message.text()
    dialog.send()
    with ctx.uow.read() as session:
        assert session.scalars(select(MailOutbox)).all() == []  # nothing queued
    dialog = ComposeDialog(window.env, "contact", ada.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Welcome"))
    shown = dialog.preview_view.toPlainText()
    assert "To: Ada Lovelace <ada@example.com>" in shown and "Subject: Welcome Ada" in shown
    assert "Dear Ada Lovelace," in shown
    dialog.show()
    dialog.grab().save("/tmp/d-mail-compose.png")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=20000)
    assert smtp.handler.to("ada@example.com")[0].message["Subject"] == "Welcome Ada"


def test_email_this_document_from_the_documents_page(window, qtbot, ctx, account, smtp):
    acme = ctx.accounts.create(AccountInput(name="Acme", email="office@acme.example.com")).value
    doc = ctx.documents.create(
        DocumentInput(account_id=acme.id, lines=(LineInput("Anvils", "2", "50"),))
    ).value
    from app.views.mail.actions import open_compose

    dialog = open_compose(window.env, window, "document", doc.id)
    qtbot.addWidget(dialog)
    assert f"Subject: Quote {doc.number}" in dialog.preview_view.toPlainText()
    dialog.send()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=20000)
    msg = smtp.handler.to("office@acme.example.com")[0].message
    assert [p.get_filename() for p in msg.walk() if p.get_content_type() == "application/pdf"] == [
        f"{doc.number}.pdf"
    ]


def test_the_window_email_action_opens_compose_for_the_selected_contact(window, qtbot, ctx, account):
    ada = ctx.contacts.create(
        ContactInput(first_name="Ada", last_name="Lovelace", email="ada@example.com")
    ).value
    window.show_page(window.pages.index(window.contacts))
    page = window.contacts
    page.refresh()
    page.open_id(ada.id) if hasattr(page, "open_id") else None
    qtbot.waitUntil(lambda: page.selected_record() is not None, timeout=5000)
    actions = [a for a in window.actions() if a.text().replace("&", "").startswith("Email…")]
    assert actions and "Ctrl+Shift+E" in actions[0].shortcut().toString()
    actions[0].trigger()
    dialog = window.compose_dialog
    qtbot.addWidget(dialog)
    assert dialog.entity == "contact" and dialog.record_id == page.selected_record()[1]


def test_fetch_mail_from_the_window_logs_on_the_timeline_and_reports(window, qtbot, ctx, account, dovecot):
    from tests.services.mail.test_reading import mail

    ctx.contacts.create(ContactInput(first_name="Ada", last_name="Lovelace", email="ada@example.com"))
    dovecot.deliver(account.imap_username, mail("ada@example.com", "rita@example.com", "Question"))
    dovecot.deliver(account.imap_username, mail("New Person <new@example.com>", "leads@example.com", "Hi"))
    [fetch] = [a for a in window.actions() if a.text().replace("&", "") == "Fetch mail"]
    assert fetch.shortcut().toString() == "F9"
    fetch.trigger()
    qtbot.waitUntil(lambda: bool(window.mail_fetcher.last), timeout=20000)
    [report] = window.mail_fetcher.last
    assert (report.read, report.logged, report.leads) == (2, 2, 1)
    assert "2 read, 2 logged on timelines, 1 new leads" in window.statusBar().currentMessage()
