"""The sign-in dialog of a team database: a refusal is shown in the dialog, a right password opens the
database signed in, and "remember me" keeps the token in the (test) keyring for the next start."""

from __future__ import annotations

import keyring
import pytest

from app.config import Settings
from app.services.access import keyring_store
from app.services.access.users import UserInput
from app.views.shell import sign_in as sign_in_module
from app.views.shell.sign_in import SignInDialog, sign_in
from tests.keyring_file import FileKeyring

PASSWORD = "correct horse battery"


@pytest.fixture
def team_ctx(ctx):  # type: ignore[no-untyped-def]
    ctx.users.add(UserInput("Rita", "rita@example.com", "sales_rep", password=PASSWORD))
    return ctx


@pytest.fixture
def file_keyring(tmp_path):  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))
    yield
    keyring.set_keyring(previous)


def test_a_wrong_password_is_said_in_the_dialog_and_a_right_one_signs_in(
    qtbot, team_ctx, file_keyring, monkeypatch
):
    settings = Settings(db_url=team_ctx.settings.db_url)
    shown = []

    def run(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.email.setText("rita@example.com")
        dialog.password.setText("wrong password")
        dialog.try_sign_in()
        shown.append(dialog.message.text())
        dialog.grab().save("/tmp/f_sign_in.png")
        dialog.password.setText(PASSWORD)
        dialog.remember.setChecked(True)
        dialog.try_sign_in()
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", run)
    ctx = sign_in(None, settings)
    try:
        assert shown == ["The email or password is wrong."]
        assert ctx.current_user.email == "rita@example.com"
        assert keyring_store.load_token(settings.display_url)[0] == "rita@example.com"
    finally:
        ctx.close()
    # The next start signs in with the remembered token, without a dialog.
    monkeypatch.setattr(SignInDialog, "exec", lambda self: pytest.fail("the dialog was shown"))
    again = sign_in_module.sign_in(None, settings)
    assert again.current_user.email == "rita@example.com"
    team_ctx.access.revoke_tokens(again.current_user.id)
    again.close()
    monkeypatch.setattr(SignInDialog, "exec", lambda self: 0)  # revoked: the dialog is back; cancelled
    assert sign_in(None, settings) is None
    assert keyring_store.load_token(settings.display_url) is None
