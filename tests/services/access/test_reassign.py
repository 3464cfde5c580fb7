"""Bulk reassignment of a selection, one step and undoable, under the signed-in user's rights: a rep
hands records within their team only, never takes or gives another team's, and a refusal changes none."""

from __future__ import annotations

import pytest

from app.services.core.errors import AccessDeniedError, ValidationError


def owners(ctx, ids):  # type: ignore[no-untyped-def]
    return [ctx.contacts.get(i).owner_id for i in ids]


def test_an_administrator_reassigns_a_selection_and_undoes_it(ctx, office):  # type: ignore[no-untyped-def]
    ids = office.ids
    picked = [ids["rita_contact"], ids["erin_contact"], ids["walter_contact"]]
    done = ctx.reassign.assign("contact", picked, ids["walter"])
    assert done.value.count == 2  # Walter's own contact is left alone
    assert owners(ctx, picked) == [ids["walter"]] * 3
    assert {c.entity for c in done.changes.changes} >= {"contact"}
    ctx.reassign.assign("contact", [ids["erin_contact"]], ids["rita"])  # handed on since: stays
    assert ctx.reassign.undo(done.value).value == 1
    assert owners(ctx, picked) == [ids["rita"], ids["rita"], ids["walter"]]


def test_a_rep_reassigns_within_their_team_and_is_refused_across_teams(ctx, office, as_user):  # type: ignore[no-untyped-def]
    ids = office.ids
    rita = as_user("rita@example.com")
    rita.reassign.assign("contact", [ids["rita_contact"]], ids["erin"])
    assert owners(ctx, [ids["rita_contact"]]) == [ids["erin"]]
    with pytest.raises(
        AccessDeniedError, match=r"You \(Rita, sales rep\) cannot edit contacts owned by team West"
    ):
        rita.reassign.assign("contact", [ids["rita_contact"], ids["erin_contact"]], ids["walter"])
    with pytest.raises(AccessDeniedError, match="cannot edit accounts owned by team West"):
        rita.reassign.assign("account", [ids["rita_account"], ids["walter_account"]], ids["rita"])
    assert owners(ctx, [ids["rita_contact"], ids["erin_contact"]]) == [ids["erin"], ids["erin"]]
    assert ctx.accounts.get(ids["rita_account"]).owner_id == ids["rita"]
    otto = as_user("otto@example.com")
    with pytest.raises(AccessDeniedError, match=r"You \(Otto, read-only\) cannot edit contacts"):
        otto.reassign.assign("contact", [ids["rita_contact"]], ids["otto"])


def test_a_deactivated_owner_or_an_unowned_kind_is_refused_in_words(ctx, office):  # type: ignore[no-untyped-def]
    ids = office.ids
    ctx.users.deactivate(ids["walter"], ids["rita"])
    with pytest.raises(ValidationError, match="Walter is deactivated"):
        ctx.reassign.assign("contact", [ids["rita_contact"]], ids["walter"])
    with pytest.raises(ValidationError, match="product records have no owner to change"):
        ctx.reassign.assign("product", [ids["rita_contact"]], ids["rita"])
