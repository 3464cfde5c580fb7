"""The tree keeps its shape: no import cycle, every folder a package that says what it owns."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"


def _import_cycles_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("import_cycles", ROOT / "scripts" / "import_cycles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_app_has_no_import_cycle_not_even_through_deferred_imports() -> None:
    assert _import_cycles_script().find_cycles("app") == []


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "knot"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from knot import b\n")
    (package / "b.py").write_text("from knot import a\n")
    (package / "c.py").write_text("from knot import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _import_cycles_script().find_cycles("knot") == [["knot.a", "knot.b"]]


def _package_dirs() -> list[Path]:
    return sorted(
        d
        for d in APP.rglob("*")
        if d.is_dir() and d.name != "__pycache__" and "versions" not in d.parts and any(d.glob("*.py"))
    )


def test_every_folder_of_python_modules_is_a_package() -> None:
    """setuptools and PyInstaller ship only packages: a folder without __init__.py would be left out."""
    missing = [str(d.relative_to(ROOT)) for d in _package_dirs() if not (d / "__init__.py").exists()]
    assert missing == []


@pytest.mark.parametrize("layer", ["services", "views"])
def test_each_capability_package_says_what_it_owns_and_holds_no_code(layer: str) -> None:
    for init in sorted((APP / layer).glob("*/__init__.py")):
        tree = ast.parse(init.read_text())
        doc = ast.get_docstring(tree)
        assert doc and len(doc) > 30, f"{init.relative_to(ROOT)} needs a docstring saying what it owns"
        assert len(tree.body) == 1, f"{init.relative_to(ROOT)} should hold only its docstring"
