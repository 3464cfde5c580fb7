"""The fixed wording of printed documents (titles, column heads, tax lines) in the customer's language.

The catalogues are gettext `.po` files under resources/translations/documents/, read with Babel; the
English message id is the text itself, so a missing translation prints English rather than nothing.
`tests/services/documents/test_wording.py` fails when a catalogue lacks a message that pdf.py uses.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from babel.messages.pofile import read_po

from app.resources import resource_path
from app.services.core import locale_format

LANGUAGES = locale_format.LANGUAGES


def catalogue_path(language: str) -> str:
    return str(resource_path("translations", "documents", f"{language}.po"))


@lru_cache(maxsize=8)
def _messages(language: str) -> dict[str, str]:
    if language == "en" or language not in LANGUAGES:
        return {}
    with open(catalogue_path(language), "rb") as fh:
        catalog = read_po(fh, locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string and not m.fuzzy}


def wording(language: str) -> Callable[..., str]:
    """`tr("Total {currency}", currency="EUR")` in `language` (English when it has no catalogue)."""
    messages = _messages(language)

    def tr(message: str, **values: str) -> str:
        return messages.get(message, message).format(**values) if values else messages.get(message, message)

    return tr


def document_language(account_language: str, account_country: str, company_language: str) -> tuple[str, str]:
    """The language a document is printed in and the locale of its numbers and dates.

    The account's own language, else its country's when Rapport has that catalogue: both are written as
    in the customer's country (de + CH -> de_CH, "CHF 1'234.50"). Otherwise the company's default
    language (else English) in that language's own main formats.
    """
    country = account_country.upper()
    by_country = locale_format.language_of(locale_format.country_locale(country)) if country else ""
    for candidate in (account_language, by_country):
        if candidate in LANGUAGES:
            return candidate, _paired(candidate, country)
    fallback = company_language if company_language in LANGUAGES else "en"
    return fallback, locale_format.normalise(fallback)


def _paired(language: str, country: str) -> str:
    if country:
        paired = locale_format.normalise(f"{language}_{country}")
        if paired == f"{language}_{country}":
            return paired
    return locale_format.normalise(language)
