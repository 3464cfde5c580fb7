"""Setting up a team server: migrate the database and create its first administrator, once."""

from __future__ import annotations

from app.config import Settings
from app.db import make_engine
from app.models import Role
from app.services.access.signin import SignInService
from app.services.access.users import UserInput, UserRow, UsersService
from app.services.core.changes import ChangeBus
from app.services.core.errors import RapportError
from app.services.core.uow import UnitOfWorkFactory
from app.services.database.schema import upgrade


class AlreadyInitialisedError(RapportError):
    """The server already has users who sign in."""


def init_server(settings: Settings, name: str, email: str, password: str) -> UserRow:
    """Migrate the database at `settings` (an unreachable server or a newer schema says so in words)
    and add `email` as its first administrator, who signs in with `password`."""
    from sqlalchemy.orm import sessionmaker

    engine = make_engine(settings.db_url)
    try:
        upgrade(engine, settings.sqlite_path)
        uow = UnitOfWorkFactory(sessionmaker(engine, expire_on_commit=False), ChangeBus())
        if SignInService(uow).requires_sign_in():
            raise AlreadyInitialisedError(
                f"{settings.display_url} is already set up; add people with "
                "`rapport --db URL --as ADMIN_EMAIL user add EMAIL --name NAME`"
            )
        return UsersService(uow).add(UserInput(name, email, Role.ADMINISTRATOR, password=password)).value
    finally:
        engine.dispose()
