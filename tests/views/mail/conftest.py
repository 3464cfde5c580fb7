"""The mail dialogs talk to the same real servers as the mail service tests."""

from tests.services.mail.conftest import account, dovecot, file_keyring, mailbox_user, smtp  # noqa: F401
