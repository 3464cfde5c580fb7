"""Value translation for an import: which mapped columns hold a field with a fixed set of values, the
distinct values a file has in them, whether each already validates, and which of ours it most likely means.

The answer feeds `RecordImportSpec.values` (our field -> {file value: our value}), which the engine applies
before a row is validated, so an accepted value here is one the entity's `validate` takes as it is
(entities: statuses and sources lower-cased with spaces as underscores, a country code or a common
country name, a stage of the chosen pipeline, a user's name or email, a three-letter currency).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.services.core.validation import country_codes
from app.services.importing.csv_read import Table
from app.services.importing.entities import Lookups
from app.services.importing.parsing import CURRENCIES
from app.services.importing.vendor_values import default_value
from app.services.quality.standard_forms import COUNTRY_NAMES, country_code
from app.services.records.accounts import ACCOUNT_STATUSES
from app.services.records.contacts import CONTACT_STATUSES
from app.services.sales.leads import LEAD_LIFECYCLES, LEAD_SOURCES, LEAD_STATUSES

# The mapped fields whose values are checked against a set, per kind of import.
VALUE_FIELDS: dict[str, tuple[str, ...]] = {
    "contacts": ("status", "country"),
    "accounts": ("status", "country"),
    "leads": ("status", "lifecycle", "source", "owner"),
    "deals": ("stage", "owner", "currency"),
    "products": ("currency",),
}
# What an unknown value becomes instead of refusing its row (the account import's status fallback).
FALLBACK: dict[tuple[str, str], str] = {("accounts", "status"): "prospect"}
FUZZY_CUTOFF = 80.0
MAX_VALUES = 500  # distinct values listed per column; more means the column is not a list of choices


@dataclass(frozen=True)
class Choice:
    """One of our values: `value` is what a translation writes, `label` what the user reads; `aliases`
    are other spellings of it that a guess may match."""

    value: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileValue:
    """A distinct value of a column and what the page proposes for it (`guess` is '' for none)."""

    value: str
    rows: int
    accepted: bool
    guess: str


@dataclass(frozen=True)
class ValueColumn:
    """A mapped column whose field takes a fixed set of values, with the values found in the file."""

    field: str
    header: str
    choices: tuple[Choice, ...]
    values: tuple[FileValue, ...]
    more: int = 0  # distinct values left out beyond MAX_VALUES
    fallback: str = ""  # what a value without a translation becomes ('' = its row is refused)


def value_fields(kind: str, columns: Mapping[str, str]) -> list[str]:
    """The fields of `columns` (our field -> header) that have a fixed set of values, in page order."""
    return [f for f in VALUE_FIELDS.get(kind, ()) if columns.get(f)]


def _as_key(text: str) -> str:
    return text.strip().lower().replace(" ", "_")


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


def choices_for(
    kind: str, field: str, found: Lookups, country_names: Mapping[str, str] | None = None
) -> tuple[Choice, ...]:
    """Our allowed values of `field`; countries are labelled with `country_names` (code -> name) when
    given (the GUI passes its locale's names), else with the common names the import already knows."""
    if field == "status":
        allowed = {
            "contacts": CONTACT_STATUSES,
            "accounts": ACCOUNT_STATUSES,
            "leads": tuple(s for s in LEAD_STATUSES if s != "converted"),  # only by converting
        }[kind]
        return tuple(Choice(s, _label(s)) for s in allowed)
    if field == "lifecycle":
        return tuple(Choice(s, _label(s)) for s in LEAD_LIFECYCLES)
    if field == "source":
        return tuple(Choice(s, _label(s)) for s in LEAD_SOURCES)
    if field == "stage":
        return tuple(Choice(s.name, s.name) for s in found.stages.values())
    if field == "owner":
        return tuple(Choice(name, name, (email,)) for name, email in sorted(found.user_names.items()))
    if field == "currency":
        return tuple(Choice(code, f"{code} ({name})", (name, *signs)) for code, name, signs in CURRENCIES)
    if field == "country":
        aliases: dict[str, list[str]] = {}
        for name, code in COUNTRY_NAMES.items():
            aliases.setdefault(code, []).append(name)
        names = country_names or {}
        out = []
        for code in country_codes():
            known = aliases.get(code, [])
            name = names.get(code) or (known[0].title() if known else "")
            out.append(Choice(code, f"{name} ({code})" if name else code, (name, *known) if name else ()))
        return tuple(sorted(out, key=lambda c: c.label.lower()))
    raise ValueError(f"{field} of {kind} has no fixed set of values")


def accepts(kind: str, field: str, value: str, found: Lookups) -> bool:
    """Whether the import takes `value` for `field` as it is (an empty cell takes the default)."""
    text = value.strip()
    if not text:
        return True
    if field == "country":
        return bool(country_code(text))
    if field == "currency":
        return len(text) == 3 and text.isalpha()
    if field == "stage":
        return text.lower() in found.stages
    if field == "owner":
        return text.lower() in found.users
    return _as_key(text) in {c.value for c in choices_for(kind, field, found)}


def _fold(text: str) -> str:
    """Lower case with every run of punctuation and spaces as one space."""
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def best_guess(text: str, choices: Sequence[Choice]) -> str:
    """Our value `text` most likely means: an exact match of a value, label or alias, then one ignoring
    case and punctuation, then the closest by rapidfuzz's WRatio (at least FUZZY_CUTOFF); '' if none."""
    spelled = [(c, s) for c in choices for s in (c.value, c.label, *c.aliases) if s]
    for choice, spelling in spelled:
        if spelling == text.strip():
            return choice.value
    folded = _fold(text)
    if not folded:
        return ""
    for choice, spelling in spelled:
        if _fold(spelling) == folded:
            return choice.value
    from rapidfuzz import fuzz, process

    # by similarity only to names, not to codes and signs: "Closed - Converted" is not Chile's "CL"
    names = [(c, s) for c in choices for s in (c.label, *c.aliases) if len(_fold(s)) >= 3]
    candidates = {i: _fold(s) for i, (_c, s) in enumerate(names)}
    best = process.extractOne(folded, candidates, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF)
    return names[best[2]][0].value if best else ""


def _guess(kind: str, field: str, value: str, choices: Sequence[Choice], found: Lookups) -> str:
    """Another CRM's standard value by the reviewed table (vendor_values), else the closest choice."""
    known = default_value(kind, field, value, found)
    return known if known and any(c.value == known for c in choices) else best_guess(value, choices)


def distinct(table: Table, header: str) -> list[tuple[str, int]]:
    """The distinct (stripped) values of a column with their row counts, most frequent first."""
    column = table.headers.index(header)
    counts = Counter(row[column].strip() if column < len(row) else "" for _number, row in table.rows)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))


def value_columns(
    kind: str,
    table: Table,
    columns: Mapping[str, str],
    found: Lookups,
    country_names: Mapping[str, str] | None = None,
) -> list[ValueColumn]:
    """Every mapped column with a fixed set of values, its distinct values judged and guessed."""
    out = []
    for field in value_fields(kind, columns):
        header = columns[field]
        if header not in table.headers:
            continue
        choices = choices_for(kind, field, found, country_names)
        found_values = distinct(table, header)
        values = tuple(
            FileValue(value, rows, ok, "" if ok else _guess(kind, field, value, choices, found))
            for value, rows in found_values[:MAX_VALUES]
            for ok in (accepts(kind, field, value, found),)
        )
        more = max(0, len(found_values) - MAX_VALUES)
        out.append(ValueColumn(field, header, choices, values, more, FALLBACK.get((kind, field), "")))
    return out


def guessed(columns: Sequence[ValueColumn]) -> dict[str, dict[str, str]]:
    """The translations the guesses alone give: field -> {file value: our value}."""
    out: dict[str, dict[str, str]] = {}
    for column in columns:
        table = {v.value: v.guess for v in column.values if v.guess and v.guess != v.value}
        if table:
            out[column.field] = table
    return out
