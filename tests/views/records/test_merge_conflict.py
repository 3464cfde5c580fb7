"""Saving a record a colleague changed meanwhile: a field-by-field merge, never a silent overwrite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer

from app.config import Settings
from app.context import AppContext
from app.services.core.custom_fields import FieldInput
from app.services.core.three_way import Side
from app.views.common.merge_conflict import MergeConflictDialog


@pytest.fixture
def colleague(ctx: AppContext) -> Iterator[AppContext]:
    other = AppContext.open(Settings(db_url=str(ctx.engine.url), user_email="grace@example.com"))
    yield other
    other.close()


def _colleague_edits(colleague: AppContext, contact_id, **changes) -> None:  # type: ignore[no-untyped-def]
    current = colleague.contacts.get(contact_id)
    colleague.contacts.update(contact_id, replace(current.as_input(), **changes), current.version)


seen_failures: list[list[BaseException]] = []


@pytest.fixture(autouse=True)
def _steps_passed() -> Iterator[None]:
    seen_failures.clear()
    yield
    for failures in seen_failures:
        if failures:
            raise failures[0]


def _when_merge_opens(
    editor, qtbot, *steps: Callable[[MergeConflictDialog], None]
) -> list[MergeConflictDialog]:  # type: ignore[no-untyped-def]
    """Run each step on the merge dialog as it opens (one step per time it opens)."""
    seen: list[MergeConflictDialog] = []
    pending = list(steps)

    def poll() -> None:
        dialog = editor.merge_dialog
        if dialog is not None and dialog.isVisible() and dialog not in seen:
            seen.append(dialog)
            try:
                pending.pop(0)(dialog)
            except BaseException as exc:  # a failed check must not leave the modal dialog open
                failures.append(exc)
                pending.clear()
                dialog.reject()
        if pending:
            QTimer.singleShot(20, poll)

    failures: list[BaseException] = []
    seen_failures.append(failures)

    QTimer.singleShot(0, poll)
    return seen


def test_one_sided_changes_merge_and_a_clash_is_settled_field_by_field(
    window, qtbot, ctx, colleague, sample
) -> None:  # type: ignore[no-untyped-def]
    ctx.custom_fields.create(FieldInput("contact", "Tier", "text"))
    window.contacts.edit_id(sample.ada)
    editor = window.contacts.editor
    editor.editor("title").setText("Countess")  # both change the title
    editor.editor("city").setText("Marlow")  # only I change the city
    editor.custom_form.fields["custom.tier"].editor.setText("gold")  # and a custom field, only me
    _colleague_edits(
        colleague, sample.ada, title="Prof.", email="ada@analytical.example", custom={"tier": "silver"}
    )

    def settle(dialog: MergeConflictDialog) -> None:
        assert [c.name for c in dialog.merge.clashes] == ["title", "custom.tier"]
        assert dialog.merge.theirs_only == ("email",) and dialog.merge.mine_only == ("city",)
        intro = dialog.findChild(type(editor.error_banner), "mergeIntro").text()
        assert f"changed by {colleague.current_user.name} (" in intro  # who, from the audit, and when
        last = ctx.audit_log.last_change("contact", sample.ada)
        assert last is not None and last.user_id == colleague.current_user.id
        dialog.grab().save("/tmp/merge_conflict.png")
        dialog.choose("title", Side.THEIRS)
        dialog.save_button.click()

    opened = _when_merge_opens(editor, qtbot, settle)
    editor.accept()
    assert len(opened) == 1
    saved = ctx.contacts.get(sample.ada)
    assert (saved.title, saved.city, saved.email) == ("Prof.", "Marlow", "ada@analytical.example")
    assert saved.custom["tier"] == "gold"  # the clash kept mine: it was preselected
    assert not editor.isVisible()
    window.undo_stack.undo()  # undo goes back to the colleague's version, not to the one I loaded
    assert ctx.contacts.get(sample.ada).title == "Prof." and ctx.contacts.get(sample.ada).city != "Marlow"


def test_a_record_changed_again_while_merging_brings_the_merge_back(
    window, qtbot, ctx, colleague, sample
) -> None:  # type: ignore[no-untyped-def]
    window.contacts.edit_id(sample.ada)
    editor = window.contacts.editor
    editor.editor("city").setText("Marlow")
    _colleague_edits(colleague, sample.ada, title="Prof.")

    def changed_again(dialog: MergeConflictDialog) -> None:
        assert dialog.merge.clashes == () and dialog.merge.theirs_only == ("title",)
        _colleague_edits(colleague, sample.ada, city="Oxford", notes="called")  # saved while I look
        dialog.save_button.click()

    def second(dialog: MergeConflictDialog) -> None:
        (clash,) = dialog.merge.clashes
        assert (clash.name, clash.theirs, clash.mine) == ("city", "Oxford", "Marlow")
        dialog.choose("city", Side.THEIRS)
        dialog.save_button.click()

    opened = _when_merge_opens(editor, qtbot, changed_again, second)
    editor.accept()
    assert len(opened) == 2
    saved = ctx.contacts.get(sample.ada)
    assert (saved.title, saved.city, saved.notes) == ("Prof.", "Oxford", "called")


def test_cancelling_the_merge_saves_nothing_and_keeps_the_form(window, qtbot, ctx, colleague, sample) -> None:  # type: ignore[no-untyped-def]
    window.contacts.edit_id(sample.ada)
    editor = window.contacts.editor
    editor.editor("title").setText("Countess")
    _colleague_edits(colleague, sample.ada, title="Prof.", city="Oxford")
    opened = _when_merge_opens(
        editor, qtbot, lambda dialog: dialog.reject(), lambda dialog: dialog.save_button.click()
    )
    editor.accept()
    assert editor.isVisible() and editor.editor("title").text() == "Countess"
    assert ctx.contacts.get(sample.ada).title == "Prof."
    editor.accept()  # Save again: merged again from what the form loaded, so Oxford survives
    assert len(opened) == 2
    saved = ctx.contacts.get(sample.ada)
    assert (saved.title, saved.city) == ("Countess", "Oxford")
