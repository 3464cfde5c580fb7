"""GUI fixtures: offscreen Qt, a throw-away QSettings store, a real migrated SQLite database, sample data."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.context import AppContext
from app.services.records.accounts import AccountInput
from app.services.records.contacts import ContactInput, MembershipInput

# Offscreen Qt (set before pytest-qt creates the QApplication) with a desktop-sized screen: the plugin's
# default 800x800 screen would clamp restored window geometry.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


@pytest.fixture(autouse=True)
def _temp_qsettings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Every test writes its QSettings to its own temp dir, never to the user's.

    The style is applied once per session: setting it again replaces the QStyle under every live widget,
    and a widget a failed test left behind then crashed the whole run (segfault in the next set-up).
    """
    from app.views.common.style import apply_style

    if not qapp.property("rapportStyled"):
        apply_style(qapp, "light")  # the OS's dark mode must not change what tests see
        qapp.setProperty("rapportStyled", True)
    QCoreApplication.setOrganizationName("RapportTests")
    QCoreApplication.setApplicationName("RapportGuiTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    store = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(store))
    QSettings().clear()
    yield store


@pytest.fixture
def ctx(tmp_path: Path, sqlite_template: Path) -> Iterator[AppContext]:
    """GUI tests run on SQLite only (the service tests cover PostgreSQL)."""
    target = tmp_path / "gui.db"
    shutil.copyfile(sqlite_template, target)
    context = AppContext.open(Settings(db_url=f"sqlite:///{target}", user_email="tester@example.com"))
    yield context
    context.close()


@pytest.fixture
def window(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from app.views.shell.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.relay.close()


@dataclass
class Sample:
    acme: uuid.UUID
    globex: uuid.UUID
    ada: uuid.UUID
    bob: uuid.UUID
    activity_subject: str = "Quarterly review with Ada"
    deal_name: str = "Acme rollout"


@pytest.fixture
def sample(ctx: AppContext) -> Sample:
    """Two accounts, contacts (Ada at both, primary at Acme), an activity and a deal at Acme."""
    acme = ctx.accounts.create(
        AccountInput(name="Acme GmbH", city="Berlin", country="DE", industry="Software")
    )
    globex = ctx.accounts.create(AccountInput(name="Globex Ltd", city="London", country="GB"))
    ada = ctx.contacts.create(
        ContactInput(
            last_name="Lovelace",
            first_name="Ada",
            email="ada@acme.example",
            phone="+49 30 1234567",
            city="Berlin",
            country="DE",
            memberships=(
                MembershipInput(acme.value.id, "Decision maker", True),
                MembershipInput(globex.value.id, "Advisor", False),
            ),
        )
    )
    bob = ctx.contacts.create(
        ContactInput(
            last_name="Builder",
            first_name="Bob",
            email="bob@globex.example",
            country="GB",
            memberships=(MembershipInput(globex.value.id, "Buyer", True),),
        )
    )
    for i in range(20):
        ctx.contacts.create(
            ContactInput(last_name=f"Filler{i:02d}", first_name="Fred", email=f"fred{i}@x.example")
        )
    _timeline_rows(ctx, acme.value.id, ada.value.id)
    return Sample(acme.value.id, globex.value.id, ada.value.id, bob.value.id)


def _timeline_rows(ctx: AppContext, account_id: uuid.UUID, contact_id: uuid.UUID) -> None:
    """Arrange an activity and a deal directly (no activity/deal services exist yet); tests only."""
    from app.models import Activity, ActivityKind, Deal, Pipeline, Stage

    now = datetime.now(UTC)
    with ctx.sessions.begin() as session:
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Proposal", position=1, probability=50)
        session.add(stage)
        session.flush()
        session.add(
            Deal(
                name="Acme rollout",
                account_id=account_id,
                pipeline_id=pipeline.id,
                stage_id=stage.id,
                amount_minor=1250000,
                currency="EUR",
            )
        )
        session.add(
            Activity(
                kind=ActivityKind.MEETING,
                subject="Quarterly review with Ada",
                body="Went well",
                contact_id=contact_id,
                occurred_at=now - timedelta(days=2),
            )
        )
        session.add(
            Activity(
                kind=ActivityKind.CALL,
                subject="Intro call",
                account_id=account_id,
                occurred_at=now - timedelta(days=30),
            )
        )
