"""Parsing of the amounts and dates that import files hold, as people write them.

Dates: each column's format is decided from all its distinct values (`detect_date_format`): a value like
13/02/24 can only be day-first, 02/13/24 only month-first; when every value fits both, the user's locale
(or the company's country) decides. Two-digit years follow strptime (69-99: 1900s, 00-68: 2000s).
Amounts: a decimal comma or point and any thousands separator (point, comma, space, apostrophe); a
column's decimal mark is decided by its unambiguous values (`detect_decimal_mark`) and a currency sign
or code in the cell is returned beside the amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache

ISO = "iso"
DAY_FIRST = ("%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y", "%d-%m-%y")
MONTH_FIRST = ("%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%m-%d-%y", "%m.%d.%Y")
OTHER = ("%Y/%m/%d", "%Y.%m.%d", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%Y", "%d-%b-%y")
# Countries that write the month first (everyone else in our users' files writes the day first).
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "BZ", "GU", "AS", "PR", "UM", "VI"})

# Common ISO 4217 codes with their names and signs, which files write instead of the code.
CURRENCIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("EUR", "Euro", ("€", "euros")),
    ("USD", "US dollar", ("$", "US$", "dollar", "dollars")),
    ("GBP", "Pound sterling", ("£", "pound", "pounds")),
    ("CHF", "Swiss franc", ("Fr.", "SFr")),
    ("JPY", "Japanese yen", ("¥", "yen")),
    ("CNY", "Chinese yuan", ("RMB", "yuan", "renminbi")),
    ("SEK", "Swedish krona", ()),
    ("NOK", "Norwegian krone", ()),
    ("DKK", "Danish krone", ()),
    ("PLN", "Polish złoty", ("zł", "zloty")),
    ("CZK", "Czech koruna", ("Kč",)),
    ("HUF", "Hungarian forint", ("Ft",)),
    ("RON", "Romanian leu", ()),
    ("TRY", "Turkish lira", ("₺",)),
    ("CAD", "Canadian dollar", ("C$", "CA$")),
    ("AUD", "Australian dollar", ("A$", "AU$")),
    ("NZD", "New Zealand dollar", ("NZ$",)),
    ("MXN", "Mexican peso", ()),
    ("BRL", "Brazilian real", ("R$",)),
    ("INR", "Indian rupee", ("₹", "rupee", "rupees")),
    ("SGD", "Singapore dollar", ("S$",)),
    ("HKD", "Hong Kong dollar", ("HK$",)),
    ("KRW", "South Korean won", ("₩",)),
    ("ILS", "Israeli shekel", ("₪",)),
    ("AED", "UAE dirham", ()),
    ("ZAR", "South African rand", ("rand",)),
)
_SIGNS = {sign.lower(): code for code, _name, signs in CURRENCIES for sign in signs}
_CODES = {code for code, _name, _signs in CURRENCIES}
_NUMBER = re.compile(r"[-+]?[\d.,'\s\u00a0\u202f]*\d")


def split_currency(text: str) -> tuple[str, str]:
    """('€ 1.234,50' -> ('EUR', '1.234,50')); the code is '' when the cell names no currency."""
    match = _NUMBER.search(text)
    if match is None:
        return "", text.strip()
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    if not rest:
        return "", match.group().strip()
    if rest.upper() in _CODES or (len(rest) == 3 and rest.isalpha()):
        return rest.upper(), match.group().strip()
    code = _SIGNS.get(rest.lower(), "")
    if not code:
        raise ValueError(f"'{text}' is not an amount")
    return code, match.group().strip()


def _marks(number: str) -> tuple[str, bool]:
    """(the decimal mark the value shows, whether it is certain): '1.234,5' -> (',', True)."""
    last_dot, last_comma = number.rfind("."), number.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        return ("," if last_comma > last_dot else "."), True
    mark = "," if last_comma >= 0 else "." if last_dot >= 0 else ""
    if not mark:
        return "", False
    if number.count(mark) > 1:
        return ("." if mark == "," else ","), True  # repeated: a thousands separator
    decimals = len(number) - number.rfind(mark) - 1
    return mark, decimals != 3  # '1,234' may be either


def detect_decimal_mark(values: Iterable[str]) -> str:
    """',' when the column's unambiguous values use a decimal comma, else '.'."""
    for value in values:
        try:
            _code, number = split_currency(value)
        except ValueError:
            continue
        mark, certain = _marks(number)
        if certain and mark:
            return mark
    return "."


def parse_amount(text: str, decimal_mark: str = "") -> Decimal:
    """'€ 1,234.50' -> Decimal('1234.50'), '1.234,50' -> 1234.50, '1 234,5' -> 1234.5. An ambiguous
    '1,234' follows `decimal_mark` (the column's, see detect_decimal_mark), else it is a thousand."""
    _code, number = split_currency(text)
    return _amount(number, decimal_mark)


def parse_money(text: str, decimal_mark: str = "") -> tuple[Decimal, str]:
    """(amount, currency code the cell names or '')."""
    code, number = split_currency(text)
    return _amount(number, decimal_mark), code


def _amount(number: str, decimal_mark: str) -> Decimal:
    cleaned = re.sub(r"[\s\u00a0\u202f']", "", number)
    if not cleaned:
        return Decimal(0)
    mark, certain = _marks(cleaned)
    if mark and not certain:
        mark = decimal_mark if decimal_mark == mark else "." if mark == "." and not decimal_mark else ""
    thousands = "," if mark == "." else "." if mark == "," else ",."
    whole = cleaned.rsplit(mark, 1)[0] if mark else cleaned
    groups = re.split(r"[.,]", whole.lstrip("+-"))
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueError(f"'{number}' is not an amount")
    for sep in thousands:
        cleaned = cleaned.replace(sep, "")
    if mark == ",":
        cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"'{number}' is not an amount") from exc


def _split_time(text: str) -> tuple[str, str]:
    day, sep, clock = text.strip().partition(" ")
    if sep and re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?", clock.strip()):
        return day, clock.strip()
    return text.strip(), ""


@lru_cache(maxsize=65536)
def _fits(text: str, fmt: str) -> date | None:
    day, _clock = _split_time(text)
    try:
        if fmt == ISO:
            return datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)
        return datetime.strptime(day, fmt).date()
    except ValueError:
        return None


def detect_date_format(values: Iterable[str], day_first: bool = False) -> str:
    """The format every distinct value of a date column fits (ISO first); day- or month-first by the
    values, `day_first` when both fit. Returns the best partial fit when none fits all ('' for none)."""
    distinct = {v.strip() for v in values if v.strip()}
    if not distinct:
        return ISO
    preferred = (DAY_FIRST + MONTH_FIRST) if day_first else (MONTH_FIRST + DAY_FIRST)
    best, best_count = "", 0
    for fmt in (ISO, *preferred, *OTHER):
        count = sum(1 for v in distinct if _fits(v, fmt) is not None)
        if count == len(distinct):
            return fmt
        if count > best_count:
            best, best_count = fmt, count
    return best


def describe(fmt: str) -> str:
    """'%d/%m/%y' -> 'DD/MM/YY' for messages."""
    if fmt == ISO or not fmt:
        return "YYYY-MM-DD"
    for code, shown in (
        ("%d", "DD"),
        ("%m", "MM"),
        ("%Y", "YYYY"),
        ("%y", "YY"),
        ("%b", "Mon"),
        ("%B", "Month"),
    ):
        fmt = fmt.replace(code, shown)
    return fmt


def parse_when(text: str, fmt: str = ISO) -> datetime | None:
    """A date or date-time in `fmt` (ISO by default); a date means midnight UTC, a naive time is UTC."""
    if not text:
        return None
    fmt = fmt or ISO
    if fmt == ISO:
        try:
            if len(text) == 10:
                return datetime.combine(date.fromisoformat(text), time.min, UTC)
            value = datetime.fromisoformat(text)
        except ValueError as exc:
            raise ValueError(f"'{text}' is not a date (use YYYY-MM-DD)") from exc
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    day = _fits(text, fmt)
    if day is None:
        raise ValueError(f"'{text}' is not a date in this column's format ({describe(fmt)})")
    _day, clock = _split_time(text)
    at = time.min
    if clock:
        for clock_fmt in ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I:%M:%S %p"):
            try:
                at = datetime.strptime(clock.upper(), clock_fmt).time()
                break
            except ValueError:
                continue
    return datetime.combine(day, at, UTC)


def parse_day(text: str, fmt: str = ISO) -> date | None:
    """A date (a birthday) in `fmt`; a time in the cell is ignored."""
    when = parse_when(text.strip(), fmt)
    return when.date() if when else None


def day_first_for(region: str) -> bool:
    """Whether people in `region` (ISO country) write the day first; unknown: month-first (US exports)."""
    return bool(region) and region.upper() not in MONTH_FIRST_COUNTRIES
