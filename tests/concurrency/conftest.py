"""Offscreen Qt with a throw-away QSettings store, as the GUI tests have it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _temp_qsettings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    QCoreApplication.setOrganizationName("RapportTests")
    QCoreApplication.setApplicationName("RapportConcurrencyTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    store = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(store))
    QSettings().clear()
    yield store
