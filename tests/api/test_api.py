"""The API over a real socket: tokens and scopes, optimistic locking, paging, clear errors that change nothing."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import text

from tests.api.conftest import client


def test_every_call_needs_a_valid_token(server, tokens, ctx):
    for token, why in (
        (None, "send your API token"),
        ("rpt_nope", "unknown token"),
        ("abc", "not a Rapport API token"),
    ):
        reply = client(server, token).get("/contacts")
        assert reply.status_code == 401 and why in reply.json()["error"]
        assert reply.headers["www-authenticate"] == "Bearer"
    (read,) = [t for t in ctx.tokens.list() if t.name == "read key"]
    assert client(server, tokens["read"]).get("/contacts").status_code == 200
    ctx.tokens.revoke(read.id)
    reply = client(server, tokens["read"]).get("/contacts")
    assert reply.status_code == 401 and reply.json()["error"] == "this token was revoked"
    assert client(server, None).get("/health").json()["status"] == "ok"  # the only open route


def test_scopes_decide_what_a_token_may_do(server, tokens):
    reader, website = client(server, tokens["read"]), client(server, tokens["leads"])
    refused = reader.post("/contacts", json={"last_name": "Nope"})
    assert refused.status_code == 403 and "may not create contacts" in refused.json()["error"]
    made = website.post(
        "/leads", json={"last_name": "Webform", "email": "web@example.com", "source": "web_form"}
    )
    assert made.status_code == 201, made.text
    assert website.get("/leads").status_code == 403  # a web site's key writes leads and reads nothing
    assert reader.get("/leads").json()["total"] == 1


def test_create_acts_as_the_tokens_user_and_money_never_becomes_a_float(server, tokens, ctx):
    writer = client(server, tokens["write"])
    body = {
        "name": "Acme GmbH",
        "annual_revenue": 1234567.89,
        "annual_revenue_currency": "EUR",
        "country": "DE",
    }
    reply = writer.post("/accounts", json=body)
    assert reply.status_code == 201, reply.text
    account = reply.json()
    assert account["annual_revenue_minor"] == 123456789 and account["version"] == 1  # exact: minor units
    with ctx.engine.connect() as db:
        who = db.execute(
            text(
                "SELECT DISTINCT u.name FROM audit_entries a JOIN users u ON u.id = a.user_id WHERE a.entity_id = :id"
            ),
            {
                "id": uuid.UUID(account["id"])
                if ctx.engine.dialect.name == "postgresql"
                else uuid.UUID(account["id"]).hex
            },
        ).all()
    assert who == [("Ann Api",)]


def test_a_stale_update_gets_409_with_the_current_record_and_changes_nothing(server, tokens, ctx):
    writer = client(server, tokens["write"])
    made = writer.post(
        "/contacts", json={"first_name": "Ada", "last_name": "Lovelace", "city": "London"}
    ).json()
    first = writer.patch(f"/contacts/{made['id']}", json={"version": made["version"], "city": "Paris"})
    assert (
        first.status_code == 200 and first.json()["city"] == "Paris" and first.json()["first_name"] == "Ada"
    )
    stale = writer.patch(f"/contacts/{made['id']}", json={"version": made["version"], "city": "Rome"})
    assert stale.status_code == 409
    assert (
        stale.json()["current"]["city"] == "Paris"
        and stale.json()["current"]["version"] == first.json()["version"]
    )
    assert ctx.contacts.get(uuid.UUID(made["id"])).city == "Paris"
    missing = writer.patch(f"/contacts/{made['id']}", json={"city": "Oslo"})
    assert missing.status_code == 422 and missing.json()["fields"][0]["field"] == "version"


def test_bad_requests_get_specific_errors_and_change_nothing(server, tokens, ctx):
    writer = client(server, tokens["write"])
    unknown = writer.post("/contacts", json={"last_name": "X", "colour": "red"})
    assert unknown.status_code == 422 and unknown.json()["fields"] == [
        {"field": "colour", "message": "Extra inputs are not permitted"}
    ]
    broken = writer.post("/contacts", content=b'{"last_name": ', headers={"content-type": "application/json"})
    assert broken.status_code == 422 and "JSON" in json.dumps(broken.json())
    huge = writer.post("/contacts", content=b"x" * 1_000_001, headers={"content-type": "application/json"})
    assert huge.status_code == 413
    invalid = writer.post("/contacts", json={"last_name": "", "email": "not-an-email"})
    assert invalid.status_code == 422 and {f["field"] for f in invalid.json()["fields"]} >= {
        "last_name",
        "email",
    }
    sly = writer.get("/contacts", params={"search": "'; DROP TABLE contacts; --"})
    assert sly.status_code == 200 and sly.json()["items"] == []
    assert writer.get(f"/contacts/{uuid.uuid4()}").status_code == 404
    assert writer.get("/contacts", params={"cursor": "garbage"}).status_code == 400
    assert (
        ctx.contacts.count(__import__("app.services.core.listing", fromlist=["ListQuery"]).ListQuery()) == 0
    )


def test_keyset_pages_walk_the_whole_list_in_order(server, tokens):
    writer = client(server, tokens["write"])
    names = [f"Firm {n:02d}" for n in range(7)]
    for name in reversed(names):
        assert writer.post("/accounts", json={"name": name}).status_code == 201
    seen, cursor = [], None
    while True:
        params = {"limit": 3, "sort": "name", **({"cursor": cursor} if cursor else {})}
        page = writer.get("/accounts", params=params).json()
        assert page["total"] == 7
        seen += [item["name"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == names


def test_trash_and_restore(server, tokens):
    writer = client(server, tokens["write"])
    made = writer.post("/accounts", json={"name": "Gone Ltd"}).json()
    assert writer.delete(f"/accounts/{made['id']}").json() == {"trashed": made["id"]}
    assert writer.get("/accounts").json()["total"] == 0
    assert writer.get("/accounts", params={"trashed": True}).json()["items"][0]["name"] == "Gone Ltd"
    assert writer.get(f"/accounts/{made['id']}").json()["deleted_at"] is not None
    patched = writer.patch(f"/accounts/{made['id']}", json={"version": 2, "name": "Back"})
    assert patched.status_code == 404  # a trashed record is not edited
    restored = writer.post(f"/accounts/{made['id']}/restore").json()
    assert restored["deleted_at"] is None and writer.get("/accounts").json()["total"] == 1


def test_openapi_documentation_is_served(server):
    docs = client(server, None).get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    spec = client(server, None).get("/openapi.json").json()
    assert {"/contacts", "/contacts/{record_id}", "/documents/{record_id}/pdf"} <= set(spec["paths"])
