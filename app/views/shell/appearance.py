"""View > Appearance and View > Language: the theme (system, light, dark, high contrast) and the app's
language, both kept per user in QSettings. A theme applies at once; a language on the next start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from app.views.common import i18n, theme
from app.views.common.style import apply_style


def _tr(text: str) -> str:
    return QCoreApplication.translate("Appearance", text)


def add_appearance_menus(window: Any, view_menu: QMenu) -> None:
    appearance = view_menu.addMenu(QCoreApplication.translate("Appearance", "A&ppearance"))
    appearance.setObjectName("appearanceMenu")
    group = QActionGroup(window)
    chosen = theme.saved_choice()
    for key, title in theme.CHOICES.items():
        action = QAction(_tr(title), window, checkable=True, checked=key == chosen)
        action.setObjectName(f"theme_{key}")
        action.triggered.connect(lambda _on=False, key=key: choose_theme(key))
        group.addAction(action)
        appearance.addAction(action)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system())
    language = view_menu.addMenu(QCoreApplication.translate("Appearance", "&Language"))
    language.setObjectName("languageMenu")
    languages = QActionGroup(window)
    current = i18n.saved_choice()
    for key, title in i18n.CHOICES.items():
        action = QAction(title if key != "system" else _tr(title), window, checkable=True)
        action.setChecked(key == current)
        action.setObjectName(f"language_{key}")
        action.triggered.connect(lambda _on=False, key=key: choose_language(window, key))
        languages.addAction(action)
        language.addAction(action)


def choose_theme(choice: str) -> str:
    """Keep and show a theme choice; returns the theme now shown."""
    theme.save_choice(choice)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return apply_style(app, choice)


def _follow_system() -> None:
    if theme.saved_choice() == "system":
        choose_theme("system")


def choose_language(window: Any, choice: str) -> None:
    i18n.save_choice(choice)
    window.statusBar().showMessage(window.tr("The language changes when Rapport next starts."), 8000)
