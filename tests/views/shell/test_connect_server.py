"""File > Connect to a team server… against the real PostgreSQL: the test says why a server cannot be
used or what is there, "initialise" sets up an empty database with its first administrator, the URL is
kept in the (test) keyring, and the app reopens on it asking who signs in."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import keyring
import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton
from sqlalchemy import create_engine, make_url, text

from app.config import Settings
from app.context import AppContext
from app.services.access import keyring_store
from app.services.access.signin import Credentials
from app.views.shell import application
from app.views.shell.connect_server import USE_SAVED_SERVER, ConnectServerDialog
from tests.keyring_file import FileKeyring

PASSWORD = "first admin password"


@pytest.fixture
def file_keyring(tmp_path):  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def empty_server(pg_url: str) -> Iterator[str]:
    """A fresh, empty schema of the test database, reached through the search_path in the URL."""
    name = f"gui_{uuid.uuid4().hex[:8]}"
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    yield name
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
    engine.dispose()


def fill(dialog: ConnectServerDialog, url: str, password: str | None = None) -> None:
    parts = make_url(url)
    dialog.host.setText(parts.host or "")
    dialog.port.setValue(parts.port or 5432)
    dialog.database.setText(parts.database or "")
    dialog.user.setText(parts.username or "")
    dialog.password.setText(password if password is not None else parts.password or "")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))


def result_of_test(qtbot, dialog: ConnectServerDialog) -> str:  # type: ignore[no-untyped-def]
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    return dialog.message.text()


def test_a_refused_login_and_a_closed_port_are_said_in_the_dialog(qtbot, pg_url):  # type: ignore[no-untyped-def]
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, pg_url, password="not the password")
    assert result_of_test(qtbot, dialog).startswith("The server refused the user name or password.")
    assert not dialog.connect_button.isEnabled()
    fill(dialog, pg_url)
    dialog.port.setValue(1)
    assert result_of_test(qtbot, dialog).startswith("Rapport cannot reach the database")
    dialog.host.setText("")
    dialog.test_button.click()
    assert dialog.message.text() == "Cannot test: the host is empty."


def test_initialising_an_empty_server_saves_it_and_the_app_reopens_on_it_signed_in(
    qtbot, pg_url, empty_server, file_keyring, ctx, monkeypatch
):  # type: ignore[no-untyped-def]
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, pg_url)
    monkeypatch.setattr(ConnectServerDialog, "server_url", lambda self: _in_schema(pg_url, empty_server))
    assert "The database is empty: initialise it" in result_of_test(qtbot, dialog)
    assert dialog.initialise.isChecked() and dialog.connect_button.isEnabled()
    dialog.show()
    dialog.grab().save("/tmp/b_connect_tested.png")
    dialog.admin_name.setText("Ada Admin")
    dialog.admin_email.setText("ada@example.com")
    dialog.admin_password.setText(PASSWORD)
    dialog.admin_again.setText("something else")
    dialog.connect_button.click()
    assert dialog.message.text() == "The two passwords differ."
    dialog.admin_again.setText(PASSWORD)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.result() == ConnectServerDialog.DialogCode.Accepted, timeout=60000)
    url = _in_schema(pg_url, empty_server)
    assert dialog.url == url and keyring_store.load_server() == url
    assert QSettings().value(USE_SAVED_SERVER, False, bool)
    # The next start opens the saved server without being told (no --db)...
    chosen = application.choose_database(Settings(db_url="sqlite:////nowhere/rapport.db"))
    assert chosen is not None and chosen.db_url == url
    # ...and "Connect" reopens the app on it: the new window's database asks who signs in.
    from app.views.shell import sign_in as sign_in_module
    from app.views.shell.main_window import MainWindow

    asked = []

    def signing_in(parent, settings):  # type: ignore[no-untyped-def]
        asked.append(settings.db_url)
        return AppContext.open(settings, user=Credentials("ada@example.com", PASSWORD))

    monkeypatch.setattr(sign_in_module, "sign_in", signing_in)
    old = MainWindow(ctx)  # reopen closes and deletes it
    new = application.reopen(old, Settings(db_url=url, explicit=True))
    qtbot.addWidget(new)
    try:
        qtbot.waitUntil(lambda: new.ctx is not None, timeout=30000)
        assert asked == [url]
        assert new.ctx.current_user.email == "ada@example.com"
        qtbot.waitUntil(lambda: shiboken6.isValid(old) is False)  # closed and deleted
    finally:
        new.close()
        new.ctx.close()
        application.SESSIONS.clear()


def _in_schema(pg_url: str, schema: str) -> str:
    return (
        make_url(pg_url)
        .update_query_dict({"options": f"-csearch_path={schema}", "sslmode": "disable"})
        .render_as_string(hide_password=False)
    )


def test_the_first_start_asks_where_the_customers_live(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from app.config import default_db_path, resolve_settings
    from app.views.shell import connect_server
    from app.views.shell.connect_server import FirstRunChoice

    first = resolve_settings()
    assert first.sqlite_path == default_db_path() and not default_db_path().exists()

    def choose(button: str):  # type: ignore[no-untyped-def]
        def run(self: FirstRunChoice) -> int:
            qtbot.addWidget(self)
            self.findChild(QPushButton, button).click()
            return int(self.result())

        return run

    monkeypatch.setattr(FirstRunChoice, "exec", choose("local"))
    assert application.choose_database(first) == first  # a file on this computer, as before
    monkeypatch.setattr(FirstRunChoice, "exec", choose("team"))
    monkeypatch.setattr(connect_server, "ask_for_server", lambda parent: "postgresql+psycopg://u@db/crm")
    chosen = application.choose_database(first)
    assert chosen is not None and chosen.db_url == "postgresql+psycopg://u@db/crm"
    monkeypatch.setattr(FirstRunChoice, "exec", lambda self: 0)  # closed: Rapport does not start
    assert application.choose_database(first) is None
