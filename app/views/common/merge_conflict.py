"""The field-by-field merge shown when a save lost a race with a colleague's save of the same record.

It lists what merged by itself (fields only one side changed) and, for each field both changed, the value
both started from, theirs and mine, with a Theirs / Mine choice (Mine is preselected: it is what the user
just typed). The computation is the service function `app.services.core.three_way`; this is only its face.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.core.errors import ConflictError, RapportError, ValidationError
from app.services.core.three_way import Side, ThreeWay, input_values, three_way
from app.services.core.write_lock import waiting_with
from app.views.common.formatting import short_datetime

Describe = Callable[[str, Any], str]  # (field name, value) -> what the user reads


class MergeConflictDialog(QDialog):
    """Ask how to settle each clash of `merge`; `choices()` after it was accepted."""

    def __init__(
        self,
        merge: ThreeWay,
        record: str,
        changed_by: str,
        label: Callable[[str], str],
        describe: Describe,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeConflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(640)
        self.merge = merge
        self.groups: dict[str, QButtonGroup] = {}
        body = QVBoxLayout(self)
        body.setSpacing(10)
        intro = QLabel(
            f"<b>{_html(record)}</b> was changed by {_html(changed_by)} while you were editing it. "
            + (
                "Choose which value to keep where you both changed the same field."
                if merge.clashes
                else "Nobody changed the same field: the two edits merge."
            ),
            wordWrap=True,
            objectName="mergeIntro",
        )
        body.addWidget(intro)
        if merge.theirs_only or merge.mine_only:
            merged = [
                f"{label(n)}: their value, {describe(n, merge.merged_value(n))}" for n in merge.theirs_only
            ]
            merged += [
                f"{label(n)}: your value, {describe(n, merge.merged_value(n))}" for n in merge.mine_only
            ]
            auto = QLabel(
                "Merged by themselves:" + "".join(f"<br>• {_html(line)}" for line in merged),
                wordWrap=True,
                objectName="mergedByThemselves",
            )
            auto.setTextFormat(Qt.TextFormat.RichText)
            body.addWidget(auto)
        if merge.clashes:
            body.addWidget(self._clash_grid(label, describe), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save merged"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveMerged")
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body.addWidget(buttons)

    def _clash_grid(self, label: Callable[[str], str], describe: Describe) -> QWidget:
        frame = QFrame(objectName="mergeClashes")
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(14)
        for column, title in enumerate(("Field", "Before", "Theirs (now saved)", "Mine (in the form)")):
            head = QLabel(self.tr("<b>{title}</b>").format(title=title))
            grid.addWidget(head, 0, column)
        for row, clash in enumerate(self.merge.clashes, start=1):
            grid.addWidget(QLabel(label(clash.name)), row, 0)
            before = QLabel(describe(clash.name, clash.base), wordWrap=True)
            before.setEnabled(False)  # greyed: for reference only
            grid.addWidget(before, row, 1)
            group = QButtonGroup(frame)
            for column, (side, value) in enumerate(
                ((Side.THEIRS, clash.theirs), (Side.MINE, clash.mine)), start=2
            ):
                button = QRadioButton(describe(clash.name, value))
                button.setObjectName(f"{side}:{clash.name}")
                button.setProperty("side", str(side))
                group.addButton(button)
                grid.addWidget(button, row, column)
                button.setChecked(side == Side.MINE)
            self.groups[clash.name] = group
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(self.merge.clashes) + 1, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(frame)
        return scroll

    def choose(self, name: str, side: Side) -> None:
        """Select `side` for the clash of field `name` (as a click on its button does)."""
        for button in self.groups[name].buttons():
            if button.property("side") == str(side):
                button.setChecked(True)

    def choices(self) -> dict[str, Side]:
        return {
            name: Side(group.checkedButton().property("side"))
            for name, group in self.groups.items()
            if group.checkedButton() is not None
        }


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the save path of a record editor (FormDialog) ------------------------------------------------------
OTHER_LABELS = {
    "tag_ids": "Tags",
    "memberships": "Accounts",
    "account_id": "Account",
    "contact_id": "Contact",
}


def merge_and_save(form: Any, data: Any, label: str) -> bool:
    """After `form`'s save of `data` was refused as a conflict: show the three-way merge against the record
    as it is now and save the result over that version; if it changed yet again, ask again. True: saved."""
    service = form.kind.service(form.env.ctx)
    loaded = base = form.detail  # the form shows `loaded`: any way out but a save puts it back
    try:
        while True:
            current = service.get(base.id)
            who = changed_by(form.env.ctx, form.kind.name, base.id)
            if getattr(current, "deleted_at", None) is not None:
                raise RapportError(
                    f"{who[:1].upper()}{who[1:]} moved this {form.kind.singular} to the trash."
                )
            merge = three_way(
                input_values(base.as_input()), input_values(current.as_input()), input_values(data)
            )
            dialog = MergeConflictDialog(
                merge, label or form.kind.singular, who, field_label(form), describer(form), form
            )
            form.merge_dialog = dialog  # tests reach it here
            if dialog.exec() != QDialog.DialogCode.Accepted:
                form.detail = loaded
                return False
            data = replace(data, **merge.resolve(dialog.choices()))
            form.detail = base = current  # the merge is saved over the version it was made against
            try:
                with waiting_with(form.lock_wait):
                    form.save(data, label)
                return True
            except ConflictError:
                continue  # changed yet again meanwhile: merge the merge with the newest version
    except ValidationError as exc:
        form.detail = loaded  # a later Save merges again instead of overwriting their changes
        form.show_errors(exc)
    except RapportError as exc:
        form.detail = loaded
        QMessageBox.warning(
            form, QCoreApplication.translate("common.merge_conflict", "Could not save"), str(exc)
        )
    return False


def changed_by(ctx: Any, entity: str, record_id: Any, field: str | None = None) -> str:
    """ "Grace Hopper at 14:02" from the record's latest audit entry (of `field`), or "someone else"."""
    try:
        last = ctx.audit_log.last_change(entity, record_id, field)
    except RapportError:
        last = None
    if last is None:
        return "someone else"
    return f"{last.user or 'someone else'} ({short_datetime(last.at)})"


def field_label(form: Any) -> Callable[[str], str]:
    """A field's label as the form shows it ("custom.<key>": the custom field's label)."""
    custom = {d.key: d.label for d in form.custom_form.defs} if form.custom_form is not None else {}

    def label(name: str) -> str:
        if name.startswith("custom."):
            return custom.get(name[7:], name[7:])
        text = form.labels.get(name) or OTHER_LABELS.get(name) or name.replace("_", " ").capitalize()
        return str(text).rstrip(" *")

    return label


def describer(form: Any) -> Describe:
    """What a value looks like to the user: a choice's text, "(empty)", a list joined, tag names."""

    def describe(name: str, value: Any) -> str:
        if value is None or value == "" or value == () or value == []:
            return "(empty)"
        field = form.fields.get(name)
        if field is not None and isinstance(field.editor, QComboBox):
            combo = field.editor
            row = next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
            if row >= 0:
                return str(combo.itemText(row))
        if name == "tag_ids":
            names = {t.id: t.name for t in form.env.ctx.lookups.tags()}
            return ", ".join(names.get(t, "?") for t in value)
        if name == "memberships":
            return f"{len(value)} account{'s' if len(value) != 1 else ''}"
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return str(value)

    return describe
