"""Edit > Standardise… through the real dialog: preview with checkboxes, apply in a worker, one undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import update

from app.models import Contact
from app.services.quality.standardise import ProposedChange
from app.services.records.contacts import ContactInput
from app.views.quality.standardise_model import ChangesModel


def _messy(ctx, last: str, first: str, city: str):
    contact = ctx.contacts.create(ContactInput(last_name="x")).value
    with ctx.sessions.begin() as s:
        s.execute(
            update(Contact)
            .where(Contact.id == contact.id)
            .values(last_name=last, first_name=first, city=city)
        )
    return contact


def test_preview_untick_apply_and_undo(window, qtbot, ctx):
    grace = _messy(ctx, "MCDONALD", "GRACE", "berlin")
    alan = _messy(ctx, "Turing", "Alan", "LONDON")
    window.show_page(window.pages.index(window.contacts))
    window.open_standardise()
    dialog = window.standardise_dialog
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    model = dialog.model
    shown = {
        (model.index(r, 0).data(), model.index(r, 1).data()): model.index(r, 3).data()
        for r in range(model.rowCount())
    }
    assert shown == {
        ("GRACE MCDONALD", "first name"): "Grace",
        ("GRACE MCDONALD", "last name"): "McDonald",
        ("GRACE MCDONALD", "city"): "Berlin",
        ("Alan Turing", "city"): "London",
    }
    assert "4 change(s) to 2 contact(s)" in dialog.summary.text()
    alan_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Alan Turing")
    model.setData(model.index(alan_row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert ctx.contacts.get(grace.id).last_name == "McDonald"
    assert ctx.contacts.get(alan.id).city == "LONDON"  # unticked: left alone
    assert "Standardised 1 contact(s)" in dialog.summary.text()
    window.undo_stack.undo()
    assert ctx.contacts.get(grace.id).last_name == "MCDONALD"
    window.undo_stack.redo()
    assert ctx.contacts.get(grace.id).first_name == "Grace"
    dialog.reject()


def test_changes_model_passes_modeltester(qtmodeltester):
    import uuid

    rows = [ProposedChange("contact", uuid.uuid4(), "Ada", "city", "LONDON", "London") for _ in range(3)]
    model = ChangesModel(rows)
    qtmodeltester.check(model)
    model.set_all(False)
    assert model.chosen() == []
    model.setData(model.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen() == [rows[1]]
