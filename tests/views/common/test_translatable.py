"""Issue 25: no user-visible string in app/views bypasses translation.

Walks every module's syntax tree and fails on a string literal (or an f-string with words) passed where
the user reads it: Qt's text setters and constructors, message boxes and file dialogs, and the project's
own helpers (status and error messages, menu actions, form fields and list columns). Such a text must go
through `self.tr`, `QCoreApplication.translate` or, for tables made at import, `QT_TRANSLATE_NOOP`.
"""

from __future__ import annotations

import ast
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[3] / "app" / "views"

METHODS = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setPlaceholderText",
            "setStatusTip",
            "setWhatsThis",
            "setTitle",
            "setAccessibleName",
            "setAccessibleDescription",
            "setLabelText",
            "setSuffix",
            "setPrefix",
            "setSpecialValueText",
            "showMessage",
            "setHorizontalHeaderLabels",
            "setHeaderLabels",
            "addItem",
            "addMenu",
            "addRow",
            "addButton",
            "setInformativeText",
            "setDetailedText",
            "setSubTitle",
            "addSection",
            "status",
            "error",
            "show_error",
            "show_message",
        ),
        (0,),
    ),
    **dict.fromkeys(
        (
            "addTab",
            "setTabText",
            "insertItem",
            "setItemText",
            "setButtonText",
            "setTabToolTip",
            "push",
            "add_action",
            "add_page_action",
            "save_pdf",
        ),
        (1,),
    ),
    "addAction": (0, 1),
    "insertTab": (2,),
    "open_editor": (2,),
    "get_save_file_name": (1, 3),
    "get_open_file_name": (1, 3),
}
CONSTRUCTORS = {
    **dict.fromkeys(
        ("QLabel", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "Chart", "DebouncedLineEdit"), (0,)
    ),
    **dict.fromkeys(("QPushButton", "QAction", "QCommandLinkButton", "QProgressDialog"), (0, 1)),
    **dict.fromkeys(("Field", "Column", "PreviewColumn", "Filter", "save_pdf"), (1,)),
    **dict.fromkeys(("get_save_file_name", "get_open_file_name"), (1, 3)),
}
STATIC = {
    **{("QMessageBox", n): (1, 2) for n in ("warning", "information", "critical", "question", "about")},
    **{("QInputDialog", n): (1, 2) for n in ("getText", "getItem", "getInt", "getDouble")},
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
}
KEYWORDS = {
    "text",
    "toolTip",
    "placeholderText",
    "windowTitle",
    "accessibleName",
    "title",
    "statusTip",
    "whatsThis",
    "placeholder",
    "group",
    "empty_text",
    "suffix",
    "prefix",
    "specialValueText",
}


def _has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in v.value) for v in node.values)
    return False


def _positions(call: ast.Call) -> tuple[int, ...]:
    f = call.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and (f.value.id, f.attr) in STATIC:
        return STATIC[(f.value.id, f.attr)]
    if isinstance(f, ast.Attribute):
        return METHODS.get(f.attr, ())
    if isinstance(f, ast.Name):
        return CONSTRUCTORS.get(f.id, ())
    return ()


def bypasses(source: str) -> list[tuple[int, str]]:
    """(line, text) of each user-visible literal in `source` that is not translated."""
    found = []
    for call in ast.walk(ast.parse(source)):
        if not isinstance(call, ast.Call):
            continue
        positions = _positions(call)
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        args = [a for i, a in enumerate(call.args) if i in positions]
        if positions or (name[:1] == "Q" and name[1:2].isupper()):
            args += [k.value for k in call.keywords if k.arg in KEYWORDS]
        for arg in args:
            for item in arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]:
                if _has_words(item):
                    found.append((item.lineno, ast.unparse(item)[:60]))
    return found


def test_no_user_visible_string_in_the_views_bypasses_translation():
    offenders = [
        f"{path.relative_to(VIEWS.parent.parent)}:{line}: {text}"
        for path in sorted(VIEWS.rglob("*.py"))
        for line, text in bypasses(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "\n".join(offenders[:40])


def test_the_check_finds_an_untranslated_text():
    assert bypasses('label = QLabel("Save changes")\nbox.setToolTip(f"{n} rows shown")') == [
        (1, "'Save changes'"),
        (2, "f'{n} rows shown'"),
    ]
    assert (
        bypasses('label = QLabel(self.tr("Save changes"))\nb.setToolTip(self.tr("{n} rows").format(n=n))')
        == []
    )
