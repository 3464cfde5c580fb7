"""Issue 25: each shipped language compiles and loads (ours and Qt's own strings), the OS language is
followed unless one is chosen, and money and dates on screen follow the language's locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.services.core import locale_format
from app.views.common import i18n
from app.views.common.formatting import money

EXPECTED = {  # one of ours and one of Qt's own per language
    "de": ("Dunkel", "Abbrechen"),
    "fr": ("Sombre", "Annuler"),
    "es": ("Oscuro", "Cancelar"),
}


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(i18n, "cache_folder", lambda: tmp_path / "qm")
    yield tmp_path / "qm"
    i18n.install("en")
    locale_format.set_ui_locale(locale_format.DEFAULT_LOCALE)
    QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_each_language_compiles_and_loads(qapp, fresh_cache, language):
    assert i18n.install(language) == language
    ours, qt_own = EXPECTED[language]
    assert (fresh_cache / f"rapport_{language}.qm").is_file()  # compiled from the .ts on first use
    assert QCoreApplication.translate("Appearance", "Dark") == ours
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == qt_own
    i18n.install("en")
    assert QCoreApplication.translate("Appearance", "Dark") == "Dark"


def test_german_shows_german_money_and_dates_on_screen(qapp, fresh_cache):
    i18n.install("de")
    assert money(Decimal("12500"), "EUR") == "12.500\xa0€"  # a no-break space, as CLDR writes it
    assert locale_format.day(date(2026, 3, 4)) == "04.03.2026"


def test_the_os_language_is_followed_unless_one_is_chosen():
    assert i18n.resolve("system", QLocale("de_AT")) == ("de", "de_AT")
    assert i18n.resolve("fr", QLocale("de_AT")) == ("fr", "fr")  # no French of Austria: plain French
    assert i18n.resolve("es", QLocale("es_MX")) == ("es", "es_MX")
    assert i18n.resolve("system", QLocale("sv_SE")) == ("en", "sv_SE")  # English words, Swedish formats


def test_every_message_of_every_language_is_translated():
    for code in locale_format.LANGUAGES:
        if code != "en":
            assert i18n.untranslated(i18n.source_catalogue(code)) == [], code


def _placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"{[^{}]*}|%n|%\d", text.replace("{{", "").replace("}}", "")))


def test_translations_keep_every_placeholder_of_their_source():
    from xml.etree import ElementTree

    for code in locale_format.LANGUAGES:
        if code == "en":
            continue
        for message in ElementTree.parse(i18n.source_catalogue(code)).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            assert _placeholders(translation) == _placeholders(source), (code, source, translation)


def test_the_window_in_german_shows_german_pages(qapp, qtbot, ctx, fresh_cache):
    from app.views.shell.main_window import MainWindow

    i18n.install("de")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for index in range(len(window.pages)):  # every page builds and shows in German
        window.show_page(index)
    assert window.sidebar.item(0).text() == "Firmen"
    assert window.menuBar().actions()[0].text() == "&Datei"
    window.relay.close()
