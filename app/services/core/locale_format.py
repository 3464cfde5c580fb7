"""Numbers, money and dates written for a locale, in one place (Babel's CLDR data).

The views call these with the user's locale (`ui_locale()`, set once at start from the OS or the
Settings override); documents call them with their customer's locale (`document_locale`). CSV and
other machine-readable exports do not use this module: they stay in the plain `1234.56` form.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal, get_currency_precision, parse_pattern

DEFAULT_LOCALE = "en_US"
# The languages Rapport is translated into (the app and its printed documents), by ISO 639-1 code.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
_ui_locale = DEFAULT_LOCALE


@lru_cache(maxsize=256)
def normalise(tag: str) -> str:
    """'de-DE', 'de_DE.UTF-8', 'de' -> a locale Babel knows ('de_DE', 'de'); unknown -> DEFAULT_LOCALE."""
    cleaned = (tag or "").split(".")[0].split("@")[0].replace("-", "_").strip()
    if not cleaned or cleaned in ("C", "POSIX"):
        return DEFAULT_LOCALE
    try:
        return str(Locale.parse(cleaned))
    except (ValueError, UnknownLocaleError):
        return DEFAULT_LOCALE


def set_ui_locale(tag: str) -> str:
    """Make `tag` the locale of everything the user reads on screen; returns the normalised locale."""
    global _ui_locale
    _ui_locale = normalise(tag)
    return _ui_locale


def ui_locale() -> str:
    return _ui_locale


def language_of(locale: str) -> str:
    return normalise(locale).split("_")[0]


@lru_cache(maxsize=64)
def country_locale(country: str) -> str:
    """The locale most people in a country use (CLDR likely subtags): 'CH' -> 'de_CH', 'BE' -> 'nl_BE'."""
    if not country:
        return ""
    try:
        return str(Locale.parse(f"und_{country.upper()}"))
    except (ValueError, UnknownLocaleError):
        return ""


def _pattern(currency: str) -> str:
    digits = get_currency_precision(currency) if currency else 2
    return "#,##0" + ("." + "0" * digits if digits else "")


def money(value: Decimal, currency: str, locale: str | None = None, digits: int | None = None) -> str:
    """1234.56 EUR -> '1.234,56 €' (de_DE), '€1,234.56' (en_US), 'CHF 1'234.56' (de_CH); `digits=0`
    gives whole units ('€12,500') for cards and totals."""
    where = locale or _ui_locale
    if digits is None:
        return format_currency(value, currency, locale=where, currency_digits=True)
    pattern = parse_pattern(Locale.parse(where).currency_formats["standard"].pattern)
    pattern.frac_prec = (digits, digits)
    return str(pattern.apply(value, Locale.parse(where), currency=currency, currency_digits=False))


def amount(value: Decimal, currency: str, locale: str | None = None) -> str:
    """The figure of an amount without its currency, with the currency's minor digits: '1.234,56'."""
    return format_decimal(
        value, format=_pattern(currency), locale=locale or _ui_locale, decimal_quantization=True
    )


def number(value: Decimal | int | float, locale: str | None = None) -> str:
    """A quantity or rate as written in the locale, without trailing zeros: 2.5 -> '2,5' (de)."""
    if isinstance(value, Decimal):
        value = value.normalize()
        if value == value.to_integral():
            value = value.quantize(Decimal(1))
    return format_decimal(value, locale=locale or _ui_locale, decimal_quantization=False)


def day(value: date | None, locale: str | None = None, length: str = "medium") -> str:
    """A date: '07.12.2026' (de_DE medium), 'Dec 7, 2026' (en_US medium); empty for None."""
    if value is None:
        return ""
    return format_date(value, format=length, locale=locale or _ui_locale)


def moment(value: datetime | None, locale: str | None = None) -> str:
    """A date and time, the date as `day` writes it and the time short: 'Mar 4, 2026 2:05 PM',
    '04.03.2026 14:05'; empty for None."""
    if value is None:
        return ""
    where = locale or _ui_locale
    return f"{format_date(value, format='medium', locale=where)} {format_time(value, format='short', locale=where)}"
