"""Money in minor units with Decimal, and time-ordered UUIDv7 keys."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models import uuid7
from app.models.money import from_minor, to_minor


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        (Decimal("12.345"), "EUR", 1234),
        (Decimal("12.355"), "EUR", 1236),
        (Decimal("1500"), "JPY", 1500),
        (Decimal("1.2345"), "KWD", 1234),
        (Decimal("-0.005"), "USD", 0),
    ],
)
def test_to_minor_rounds_half_to_even(amount, currency, minor):
    assert to_minor(amount, currency) == minor


@given(st.integers(-(10**15), 10**15), st.sampled_from(["EUR", "JPY", "KWD"]))
def test_minor_units_round_trip(minor, currency):
    assert to_minor(from_minor(minor, currency), currency) == minor


def test_floats_are_refused():
    with pytest.raises(TypeError):
        to_minor(0.1, "EUR")  # type: ignore[arg-type]


def test_uuid7_has_version_7_and_sorts_by_creation_time():
    ids = [uuid7() for _ in range(50)]
    assert all(u.version == 7 and u.variant == "specified in RFC 4122" for u in ids)
    stamps = [u.int >> 80 for u in ids]
    assert stamps == sorted(stamps)
