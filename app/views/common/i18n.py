"""The app's language: Qt's translation system for the views, Babel (locale_format) for numbers and dates.

Sources are Qt `.ts` files in resources/translations (`python scripts/translations.py update` extracts
`self.tr(...)` strings into them). They are compiled to `.qm` with Qt's `lrelease`: the installer build
ships compiled files beside them; a source checkout compiles them into the user's cache on first use,
again whenever a `.ts` is newer. The language follows the OS unless chosen in View > Language.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.resources import resource_path
from app.services.core import locale_format

log = logging.getLogger(__name__)

CHOICES = {"system": QT_TRANSLATE_NOOP("Appearance", "Follow the system"), **locale_format.LANGUAGES}
SETTING = "appearance/language"
_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer


def saved_choice() -> str:
    value = str(QSettings().value(SETTING, "system"))
    return value if value in CHOICES else "system"


def save_choice(choice: str) -> None:
    QSettings().setValue(SETTING, choice if choice in CHOICES else "system")


def resolve(choice: str, system: QLocale | None = None) -> tuple[str, str]:
    """(language, locale) for a choice: a chosen language in the OS's country when that pair exists
    (de + the OS in Austria -> de_AT); "system" takes the OS locale, English when Rapport lacks it."""
    system = system or QLocale.system()
    os_locale = locale_format.normalise(system.name())
    country = os_locale.split("_")[1] if "_" in os_locale else ""
    language = choice if choice in locale_format.LANGUAGES else locale_format.language_of(os_locale)
    if language not in locale_format.LANGUAGES:
        return "en", os_locale  # English words, the user's own number and date formats
    paired = locale_format.normalise(f"{language}_{country}") if country else language
    return language, paired if paired.startswith(language) else locale_format.normalise(language)


def install(choice: str | None = None) -> str:
    """Load the translations for the saved (or given) choice into the running application; set the
    number and date locale; returns the language shown."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language, locale = resolve(choice or saved_choice())
    locale_format.set_ui_locale(locale)
    QLocale.setDefault(QLocale(locale))
    if language == "en":
        return language
    qt_own = QTranslator(app)  # Qt's standard dialogs and buttons (OK, Cancel, …)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)
    compiled = compiled_catalogue(language)
    if compiled is not None and ours.load(str(compiled)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation for %s: showing English", language)
    return language


def source_catalogue(language: str) -> Path:
    return resource_path("translations", f"rapport_{language}.ts")


def compiled_catalogue(language: str) -> Path | None:
    """The `.qm` for a language: shipped beside its source, or compiled into the cache when stale."""
    shipped = resource_path("translations", f"rapport_{language}.qm")
    source = source_catalogue(language)
    if shipped.is_file() and (not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.is_file():
        return None
    cached = cache_folder() / f"rapport_{language}.qm"
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    return cached if compile_catalogue(source, cached) else None


def cache_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Rapport", "Rapport")) / "translations"


def lrelease() -> str | None:
    """Qt's lrelease: shipped inside PySide6 (and as `pyside6-lrelease` beside the interpreter)."""
    import PySide6

    for candidate in (
        Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease"),
        Path(sys.executable).parent / "pyside6-lrelease",
    ):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def compile_catalogue(source: Path, target: Path) -> bool:
    tool = lrelease()
    if tool is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        log.warning("lrelease failed for %s: %s", source, done.stderr.strip())
    return done.returncode == 0 and target.is_file()


def untranslated(ts: Path) -> list[str]:
    """Source texts whose translation is missing, unfinished, or lacks a plural form."""
    missing = []
    for message in ElementTree.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [None if translation is None else translation.text]
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(texts)
        ):
            missing.append(source)
    return missing
