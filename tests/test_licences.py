"""Every package the application ships declares a licence a GPL-3.0-or-later program may ship."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("rapport_licences", ROOT / "scripts" / "licences.py")
assert _spec and _spec.loader
licences = importlib.util.module_from_spec(_spec)
sys.modules["rapport_licences"] = licences
_spec.loader.exec_module(licences)


def test_every_runtime_dependency_is_installed_and_compatible() -> None:
    found, missing = licences.runtime_licences()
    assert missing == []
    names = {lic.package.lower() for lic in found}
    assert {
        "sqlalchemy",
        "pyside6-essentials",
        "reportlab",
        "nicknames",
        "shiboken6",
    } <= names  # followed transitively
    assert [f"{lic.package}: {lic.licence!r}" for lic in found if not lic.compatible] == []


@pytest.mark.parametrize(
    ("licence", "compatible"),
    [
        ("MIT", True),
        ("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", True),
        ("BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0", True),
        ("MIT OR LicenseRef-Commercial", True),
        ("MIT AND LicenseRef-Proprietary", False),
        ("Proprietary", False),
        ("", False),
    ],
)
def test_the_compatibility_rule(licence: str, compatible: bool) -> None:
    assert licences.Licence("pkg", "1.0", licence, "rapport-crm").compatible is compatible
