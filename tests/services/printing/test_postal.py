"""Addresses in the layout each country's post expects."""

from __future__ import annotations

import pytest

from app.services.core.postal import PostalAddress, postal_lines


@pytest.mark.parametrize(
    ("address", "home", "expected"),
    [
        (  # the United States: town, state and ZIP on one line, the country left off domestic mail
            PostalAddress(
                "1 Main St", "62701", "Springfield", "IL", "US", name="Ann Lee", organisation="Acme"
            ),
            "US",
            ("Ann Lee", "Acme", "1 Main St", "SPRINGFIELD, IL 62701"),
        ),
        (  # Germany: postcode before the town; named as the destination from abroad
            PostalAddress("Hafenstr. 3\n\nHof 2", "28195", "Bremen", "", "DE", name="Jan Ohm"),
            "FR",
            ("Jan Ohm", "Hafenstr. 3", "Hof 2", "28195 BREMEN", "GERMANY"),
        ),
        (  # the United Kingdom: the postcode on a line of its own
            PostalAddress("10 Downing St", "SW1A 2AA", "London", "", "GB"),
            "DE",
            ("10 Downing St", "LONDON", "SW1A 2AA", "UNITED KINGDOM"),
        ),
        (  # France: the company above the person
            PostalAddress("5 rue X", "75002", "Paris", "", "FR", name="Ann", organisation="ACME"),
            "FR",
            ("ACME", "Ann", "5 rue X", "75002 PARIS"),
        ),
        (  # Sweden with no postcode: no "SE-" left dangling
            PostalAddress("Storgatan 1", "", "Malmö", "", "SE"),
            "SE",
            ("Storgatan 1", "MALMÖ"),
        ),
        (  # a country the data does not know: the common order, the code kept
            PostalAddress("Street 1", "12345", "Town", "", "QQ"),
            "DE",
            ("Street 1", "12345 Town", "QQ"),
        ),
    ],
)
def test_postal_layout_per_country(address, home, expected):
    assert postal_lines(address, home_country=home, postal_case=True) == expected


def test_documents_keep_the_case_people_typed_and_name_the_country():
    lines = postal_lines(PostalAddress("1 Main St", "", "Springfield", "IL", "US"))
    assert lines == ("1 Main St", "Springfield, IL", "United States")


def test_a_layout_without_a_town_keeps_the_town_anyway():
    lines = postal_lines(PostalAddress("1-2-3 Ginza", "104-0061", "Chuo-ku", "Tokyo", "JP"))
    assert "Chuo-ku, Tokyo" in lines and lines[-1] == "Japan"


def test_an_address_with_nothing_postal_is_empty():
    assert PostalAddress("  ", country="DE", name="Ann").is_empty
    assert postal_lines(PostalAddress("  ")) == ()


def test_a_missing_state_leaves_no_stray_comma():
    lines = postal_lines(
        PostalAddress("1 Main St", "95092", "East Rickyview", "", "US"), "US", postal_case=True
    )
    assert lines == ("1 Main St", "EAST RICKYVIEW 95092")
