"""A small office: teams East and West, a rep in each, a manager and a read-only user, with accounts and
contacts owned by each rep; `as_user(email)` opens a second context on the same database signed in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from app.config import Settings
from app.context import AppContext
from app.models import Role
from app.services.access.signin import Credentials
from app.services.access.users import UserInput
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput

PASSWORD = "correct horse battery"


@dataclass
class Office:
    ids: dict[str, object]


@pytest.fixture
def office(ctx: AppContext) -> Office:
    east = ctx.users.add_team("East").value
    west = ctx.users.add_team("West").value
    people = {
        "rita": UserInput("Rita", "rita@example.com", Role.SALES_REP, east, password=PASSWORD),
        "walter": UserInput("Walter", "walter@example.com", Role.SALES_REP, west, password=PASSWORD),
        "erin": UserInput("Erin", "erin@example.com", Role.SALES_REP, east, password=PASSWORD),
        "mona": UserInput("Mona", "mona@example.com", Role.SALES_MANAGER, password=PASSWORD),
        "otto": UserInput("Otto", "otto@example.com", Role.READ_ONLY, password=PASSWORD),
    }
    ids: dict[str, object] = {name: ctx.users.add(data).value.id for name, data in people.items()}
    ids["east"], ids["west"] = east, west
    for who in ("rita", "erin", "walter"):
        owner = ids[who]
        ids[f"{who}_account"] = ctx.accounts.create(
            AccountInput(name=f"{who.title()} Trading", owner_id=owner)  # type: ignore[arg-type]
        ).value.id
        ids[f"{who}_contact"] = ctx.contacts.create(
            ContactInput(last_name=f"{who.title()}son", owner_id=owner)  # type: ignore[arg-type]
        ).value.id
    return Office(ids)


@pytest.fixture
def as_user(ctx: AppContext) -> Iterator[Callable[[str], AppContext]]:
    opened: list[AppContext] = []

    def open_as(email: str, password: str = PASSWORD) -> AppContext:
        signed = AppContext.open(
            Settings(db_url=ctx.settings.db_url), user=Credentials(email=email, password=password)
        )
        opened.append(signed)
        return signed

    yield open_as
    for each in opened:
        each.close()
