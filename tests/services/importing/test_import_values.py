"""Value translation of an import: fixed-value fields, distinct values with counts, what validates, guesses."""

from __future__ import annotations

import uuid

from app.services.importing.csv_read import Table
from app.services.importing.entities import Lookups
from app.services.importing.values import (
    Choice,
    best_guess,
    choices_for,
    guessed,
    value_columns,
    value_fields,
)
from app.services.sales.board import StageRef

STAGES = ["Prospect", "Qualification", "Negotiation", "Won", "Lost"]


def _lookups() -> Lookups:
    stages = {
        name.lower(): StageRef(uuid.uuid4(), name, i, 0, name == "Won", name == "Lost")
        for i, name in enumerate(STAGES)
    }
    users = {"dana scully": uuid.uuid4(), "dana@example.com": uuid.uuid4()}
    return Lookups(stages=stages, users=users, user_names={"Dana Scully": "dana@example.com"})


def _table(headers: tuple[str, ...], *rows: tuple[str, ...]) -> Table:
    return Table("utf-8", ",", True, headers, tuple((i + 2, row) for i, row in enumerate(rows)))


def test_guess_is_exact_then_case_blind_then_fuzzy_and_never_by_codes():
    stages = [Choice(s, s) for s in STAGES]
    assert best_guess("Won", stages) == "Won"
    assert best_guess("  NEGOTIATION ", stages) == "Negotiation"
    assert best_guess("Closed Won", stages) == "Won"
    assert best_guess("Negotiation/Review", stages) == "Negotiation"
    assert best_guess("Perception Analysis", stages) == ""
    countries = choices_for("contacts", "country", Lookups())
    assert best_guess("Germny", countries) == "DE"
    assert best_guess("Closed - Converted", countries) == ""  # not Chile by its code CL
    statuses = choices_for("leads", "status", Lookups())
    assert "converted" not in {c.value for c in statuses}  # a lead is converted only by converting it
    assert best_guess("Working - Contacted", statuses) == "working"
    assert best_guess("€", choices_for("deals", "currency", Lookups())) == "EUR"


def test_value_columns_count_distinct_values_and_judge_them():
    table = _table(
        ("Opportunity Name", "Stage", "Opportunity Owner", "Amount"),
        ("A", "Closed Won", "Dana Scully", "1"),
        ("B", "Won", "dana@example.com", "2"),
        ("C", "Closed Won", "Fox Mulder", "3"),
        ("D", "", "", "4"),
    )
    columns = {"name": "Opportunity Name", "stage": "Stage", "owner": "Opportunity Owner", "amount": "Amount"}
    assert value_fields("deals", columns) == ["stage", "owner"]
    stage, owner = value_columns("deals", table, columns, _lookups())
    assert [(v.value, v.rows, v.accepted, v.guess) for v in stage.values] == [
        ("Closed Won", 2, False, "Won"),
        ("", 1, True, ""),
        ("Won", 1, True, ""),
    ]
    assert [c.value for c in stage.choices] == STAGES
    assert {v.value: (v.accepted, v.guess) for v in owner.values}["Fox Mulder"] == (False, "")
    assert {v.value for v in owner.values if v.accepted} == {"Dana Scully", "dana@example.com", ""}
    assert guessed([stage, owner]) == {"stage": {"Closed Won": "Won"}}


def test_accounts_status_without_a_match_falls_back_rather_than_refusing():
    table = _table(("Account Name", "Type"), ("Acme", "Customer - Direct"), ("Initech", "Lumber yard"))
    (status,) = value_columns("accounts", table, {"name": "Account Name", "status": "Type"}, Lookups())
    assert status.fallback == "prospect"
    assert {v.value: v.guess for v in status.values} == {"Customer - Direct": "customer", "Lumber yard": ""}


def test_other_crms_standard_values_are_guessed_from_the_reviewed_table():
    accounts = _table(("Type",), ("Customer - Direct",), ("Channel Partner / Reseller",), ("Press",))
    (column,) = value_columns("accounts", accounts, {"status": "Type"}, _lookups())
    assert {v.value: v.guess for v in column.values} == {
        "Customer - Direct": "customer",
        "Channel Partner / Reseller": "partner",
        "Press": "prospect",
    }
    leads = _table(("Status",), ("Closed - Not Converted",), ("Open - Not Contacted",))
    (column,) = value_columns("leads", leads, {"status": "Status"}, _lookups())
    assert {v.value: v.guess for v in column.values} == {
        "Closed - Not Converted": "disqualified",
        "Open - Not Contacted": "new",
    }
    deals = _table(("StageName",), ("Closed Won",), ("Closed Lost",))
    (column,) = value_columns("deals", deals, {"stage": "StageName"}, _lookups())
    assert {v.value: v.guess for v in column.values} == {"Closed Won": "Won", "Closed Lost": "Lost"}
