"""The offline status bar and the conflict list, on a real replica of the PostgreSQL server: edit, see
the waiting count, sync with the button, settle the conflict through the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.records.contacts import ContactInput
from app.views.sync.conflicts_dialog import ConflictsDialog
from app.views.sync.status_bar import SyncStatus
from tests.services.sync.conftest import edit, laptop_factory, office  # noqa: F401 (fixtures)


def test_go_offline_edit_sync_and_resolve_through_the_dialog(qtbot, qtmodeltester, office, laptop_factory):  # noqa: F811
    made = office.contacts.create(ContactInput(last_name="Lovelace")).value
    laptop = laptop_factory("a")
    status = SyncStatus(laptop.ctx, lambda: laptop.ctx.replica.sync(office.sessions))
    qtbot.addWidget(status)
    status.show()
    assert "0 changes waiting" in status.label.text() and not status.conflicts.isVisible()

    edit(laptop.ctx, made.id, title="Mine")
    edit(office, made.id, title="Theirs")
    status.refresh()
    assert "1 change waiting" in status.label.text()
    status.resize(status.sizeHint().expandedTo(status.minimumSizeHint()))
    status.grab().save("/tmp/c_sync_status_waiting.png")

    with qtbot.waitSignal(status.synced, timeout=20_000) as done:
        qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    assert done.args[0].conflicts == 1
    assert "0 changes waiting" in status.label.text()
    assert status.conflicts.isVisible() and status.conflicts.text() == "1 conflict"

    dialog = ConflictsDialog(laptop.ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    row = [dialog.model.index(0, c).data() for c in range(5)]
    assert row[1:4] == ["title", "Mine", "Theirs"]
    dialog.show()
    dialog.grab().save("/tmp/c_sync_conflicts.png")
    qtbot.mouseClick(dialog.mine, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0 and not dialog.mine.isEnabled()

    status.refresh()
    assert "1 change waiting" in status.label.text()  # the decision waits for the next sync
    with qtbot.waitSignal(status.synced, timeout=20_000):
        qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    assert office.contacts.get(made.id).title == "Mine"


def test_a_typed_value_is_checked_and_kept(qtbot, office, laptop_factory):  # noqa: F811
    made = office.contacts.create(ContactInput(last_name="Hopper")).value
    laptop = laptop_factory("a")
    edit(laptop.ctx, made.id, city="Paris")
    edit(office, made.id, city="Rome")
    laptop.sync()
    dialog = ConflictsDialog(laptop.ctx)
    qtbot.addWidget(dialog)
    dialog.value.setText("Vienna")
    qtbot.mouseClick(dialog.typed, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    laptop.sync()
    assert office.contacts.get(made.id).city == "Vienna"


def test_the_main_window_status_bar_gets_the_offline_part_only_on_a_replica(qtbot, office, laptop_factory):  # noqa: F811
    from PySide6.QtWidgets import QMainWindow

    from app.views.common.change_relay import ChangeRelay
    from app.views.sync.shell_hook import add_sync_status

    made = office.contacts.create(ContactInput(last_name="Lovelace")).value
    laptop = laptop_factory("a")
    window = QMainWindow()
    qtbot.addWidget(window)
    assert add_sync_status(window, office, ChangeRelay(office.bus, window)) is None  # the server itself
    status = add_sync_status(window, laptop.ctx, ChangeRelay(laptop.ctx.bus, window))
    assert status is not None and status.parent() is not None
    edit(laptop.ctx, made.id, title="Countess")  # the relay refreshes the count after each change
    qtbot.waitUntil(lambda: "1 change waiting" in status.label.text(), timeout=5000)
    with qtbot.waitSignal(status.synced, timeout=20_000):
        status.button.click()  # signs in to the server the replica was made from
    assert office.contacts.get(made.id).title == "Countess"


def test_it_syncs_by_itself_every_interval_and_keeps_trying_after_a_failure(qtbot, office, laptop_factory):  # noqa: F811
    from app.services.core.errors import DatabaseError

    made = office.contacts.create(ContactInput(last_name="Lovelace")).value
    laptop = laptop_factory("a")
    reachable = [False]

    def sync_now():  # type: ignore[no-untyped-def]
        if not reachable[0]:
            raise DatabaseError("cannot reach the server")
        return laptop.ctx.replica.sync(office.sessions)

    status = SyncStatus(laptop.ctx, sync_now, auto_ms=200)
    qtbot.addWidget(status)
    edit(laptop.ctx, made.id, title="Countess")
    qtbot.waitUntil(lambda: "Sync failed" in status.label.text(), timeout=10_000)
    reachable[0] = True  # back on the network: the next tick sends the change
    with qtbot.waitSignal(status.synced, timeout=20_000):
        pass
    assert office.contacts.get(made.id).title == "Countess"


def test_an_unreachable_server_is_said_in_the_status_bar(qtbot, tmp_path, office, laptop_factory):  # noqa: F811
    from app.views.sync.shell_hook import _sync_now

    laptop = laptop_factory("a")
    status = SyncStatus(
        laptop.ctx, lambda: _sync_now(laptop.ctx, "postgresql+psycopg://rapport@127.0.0.1:1/none")
    )
    qtbot.addWidget(status)
    status.start_sync()
    qtbot.waitUntil(lambda: "Sync failed: cannot sync with" in status.label.text(), timeout=20_000)
    assert status.button.isEnabled()
