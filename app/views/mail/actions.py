"""The window's mail actions: Email… (Ctrl+Shift+E) for the record selected on the current page (a
contact, lead, account, deal, or a document with its PDF), Settings > Email, and Fetch mail."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from app.views.common.env import ViewEnv

WRITABLE = ("contact", "lead", "account", "deal", "document")


def open_compose(env: ViewEnv, parent: QWidget, entity: str, record_id: Any) -> QWidget:
    from app.views.mail.compose import ComposeDialog

    if entity == "document":
        dialog = ComposeDialog(env, "account", record_id, document_id=record_id, parent=parent)
    else:
        dialog = ComposeDialog(env, entity, record_id, parent=parent)
    dialog.open()
    return dialog


def compose_for_selection(host: Any) -> QWidget | None:
    """Compose to the record selected on the current page; say what to select otherwise."""
    page = host.current_page()
    chosen = page.selected_record() if hasattr(page, "selected_record") else None
    if chosen is None or chosen[0] not in WRITABLE:
        host.show_message(host.tr("Select a contact, lead, account, deal or document to email"))
        return None
    host.compose_dialog = open_compose(host.env, host.window(), *chosen)
    return host.compose_dialog  # type: ignore[no-any-return]


def open_settings(host: Any) -> QWidget:
    from app.views.mail.settings import MailSettingsDialog

    host.mail_settings_dialog = MailSettingsDialog(host.env, host.window())
    host.mail_settings_dialog.open()
    return host.mail_settings_dialog  # type: ignore[no-any-return]


def fetch_mail(host: Any) -> bool:
    from app.views.mail.fetch import MailFetcher

    if getattr(host, "mail_fetcher", None) is None:
        host.mail_fetcher = MailFetcher(host.env, host.window())
    return host.mail_fetcher.start()  # type: ignore[no-any-return]


def add_mail_actions(host: Any, menu: QMenu) -> None:
    """Email…, Fetch mail and Email settings… in `menu` (the File menu)."""
    host.add_page_action(menu, host.tr("&Email…"), lambda: compose_for_selection(host), "Ctrl+Shift+E")
    host.add_page_action(menu, host.tr("Fetc&h mail"), lambda: fetch_mail(host), "F9")
    host.add_page_action(menu, host.tr("Email se&ttings…"), lambda: open_settings(host))
