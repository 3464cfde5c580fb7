"""Settings → Pipelines through the real dialog: add and reorder stages, see the board change, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.sales.pipelines import StageInput
from app.views.board.pipelines import PipelinesDialog
from app.views.board.stages_model import StagesModel


def _stage_names(window) -> list[str]:
    return [c.stage.name for c in window.board.columns.values()]


def test_add_a_stage_save_then_undo(deals, window, qtbot, ctx):
    window.show_page(window.pages.index(window.board))
    qtbot.mouseClick(window.board.pipelines_button, Qt.MouseButton.LeftButton)
    dialog = window.board.pipelines_dialog
    assert dialog.name.text() == "Sales"
    dialog.add_stage()
    dialog.table.closePersistentEditor(dialog.table.currentIndex())
    row = dialog.table.currentIndex().row()
    assert dialog.model.setData(dialog.model.index(row, 0), "Demo")
    dialog.move_stage(-1)  # before Proposal
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in ctx.pipelines.all()[0].stages] == [
        "Qualification",
        "Demo",
        "Proposal",
        "Won",
        "Lost",
    ]
    qtbot.waitUntil(lambda: _stage_names(window)[:3] == ["Qualification", "Demo", "Proposal"], timeout=3000)
    window.undo_action.trigger()
    assert [s.name for s in ctx.pipelines.all()[0].stages] == ["Qualification", "Proposal", "Won", "Lost"]
    qtbot.waitUntil(lambda: "Demo" not in _stage_names(window), timeout=3000)


def test_removing_a_stage_that_holds_deals_is_refused_in_the_dialog(deals, window, qtbot, ctx):
    dialog = PipelinesDialog(window.env, window)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))  # Qualification holds the four deals
    dialog.remove_stage()
    dialog.save()
    assert "still holds 4 deal(s)" in dialog.error.text()
    assert ctx.pipelines.all()[0].stages[0].name == "Qualification"


def test_stages_model(qtmodeltester):
    model = StagesModel((StageInput("A", 10), StageInput("Won", 100, is_won=True)))
    qtmodeltester.check(model)
    model.add("B")
    assert [s.name for s in model.stages] == ["A", "B", "Won"]
    assert model.move(1, -1) == 0 and [s.name for s in model.stages] == ["B", "A", "Won"]
    assert model.setData(model.index(1, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert (model.stages[1].is_lost, model.stages[1].is_won, model.stages[1].probability) == (True, False, 0)
    qtmodeltester.check(model)
