"""Each API call is held to its token user's role and visibility, exactly as the app holds them."""

from __future__ import annotations

from app.models import Role
from app.services.access.users import UserInput
from tests.api.conftest import client


def test_a_reps_token_sees_and_changes_only_their_teams_records(server, ctx):
    east = ctx.users.add_team("East").value
    west = ctx.users.add_team("West").value
    rita = ctx.users.add(
        UserInput("Rita", "rita@example.com", Role.SALES_REP, east, password="long enough pw")
    ).value
    walter = ctx.users.add(
        UserInput("Walter", "walter@example.com", Role.SALES_REP, west, password="long enough pw")
    ).value
    admin_token = ctx.tokens.create(ctx.current_user.id, "admin", "write")[0]
    rita_token = ctx.tokens.create(rita.id, "rita", "write")[0]
    admin = client(server, admin_token)
    mine = admin.post("/accounts", json={"name": "Rita Trading", "owner_id": str(rita.id)}).json()
    theirs = admin.post("/accounts", json={"name": "Walter Trading", "owner_id": str(walter.id)}).json()
    rep = client(server, rita_token)
    listed = rep.get("/accounts").json()
    assert [a["name"] for a in listed["items"]] == ["Rita Trading"] and listed["total"] == 1
    assert rep.get(f"/accounts/{theirs['id']}").status_code in (403, 404)
    refused = rep.patch(f"/accounts/{theirs['id']}", json={"version": theirs["version"], "name": "Mine now"})
    assert refused.status_code in (403, 404)
    assert rep.delete(f"/accounts/{theirs['id']}").status_code in (403, 404)
    assert admin.get(f"/accounts/{theirs['id']}").json()["name"] == "Walter Trading"  # nothing changed
    handed = rep.patch(
        f"/accounts/{mine['id']}", json={"version": mine["version"], "owner_id": str(walter.id)}
    )
    assert handed.status_code == 403  # a rep cannot hand a record out of their sight
    assert (
        rep.patch(f"/accounts/{mine['id']}", json={"version": mine["version"], "city": "Kiel"}).status_code
        == 200
    )
