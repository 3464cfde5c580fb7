"""Tickets over the real API: list with status, search and keyset paging; create; PATCH with version;
replies and internal notes; status changes with the version read; clear errors that change nothing."""

from __future__ import annotations

from tests.api.conftest import client


def _ticket(api, subject: str, **fields):  # type: ignore[no-untyped-def]
    made = api.post("/tickets", json={"subject": subject, **fields})
    assert made.status_code == 201, made.text
    return made.json()


def test_tickets_are_created_listed_by_status_and_paged(server, tokens):
    api = client(server, tokens["write"])
    names = ["alpha", "bravo", "charlie", "delta", "echo"]
    made = [_ticket(api, f"Printer {n}", priority="high" if i % 2 else "normal") for i, n in enumerate(names)]
    assert all(t["number"].startswith("T-") and t["resolution_due"] for t in made)
    api.post(f"/tickets/{made[0]['id']}/status", json={"status": "resolved", "version": made[0]["version"]})
    seen, cursor = [], None
    while True:
        page = api.get("/tickets", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        assert page["total"] == 5
        seen += [row["id"] for row in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(t["id"] for t in made) and len(seen) == 5
    resolved = api.get("/tickets", params={"status": "resolved"}).json()
    assert [r["id"] for r in resolved["items"]] == [made[0]["id"]]
    found = api.get("/tickets", params={"search": "charlie"}).json()
    assert [r["subject"] for r in found["items"]] == ["Printer charlie"]
    got = api.get(f"/tickets/{made[1]['id']}").json()
    assert got["subject"] == "Printer bravo" and got["entries"] == []


def test_a_bad_filter_or_status_is_refused_by_name(server, tokens):
    api = client(server, tokens["write"])
    bad = api.get("/tickets", params={"status": "exploded"})
    assert bad.status_code == 422 and bad.json()["fields"][0]["field"] == "status"
    assert "'exploded' is not one of new" in bad.json()["fields"][0]["message"]
    owner = api.get("/tickets", params={"owner_id": "0193a000-0000-7000-8000-000000000000"})
    assert owner.status_code == 422
    assert owner.json()["fields"] == [
        {"field": "owner_id", "message": "tickets cannot be filtered by owner_id (only by: status)"}
    ]
    unknown = api.post("/tickets", json={"subject": "x", "severity": "max"})
    assert unknown.status_code == 422 and unknown.json()["fields"][0]["field"] == "severity"
    assert api.get("/tickets").json()["total"] == 0  # nothing was made


def test_patch_with_a_stale_version_gets_409_and_the_current_ticket(server, tokens):
    api = client(server, tokens["write"])
    t = _ticket(api, "Login fails")
    changed = api.patch(f"/tickets/{t['id']}", json={"version": t["version"], "priority": "urgent"})
    assert changed.status_code == 200 and changed.json()["priority"] == "urgent"
    stale = api.patch(f"/tickets/{t['id']}", json={"version": t["version"], "priority": "low"})
    assert stale.status_code == 409 and stale.json()["current"]["priority"] == "urgent"
    assert api.get(f"/tickets/{t['id']}").json()["priority"] == "urgent"


def test_replies_notes_and_status_changes(server, tokens):
    api, reader = client(server, tokens["write"]), client(server, tokens["read"])
    t = _ticket(api, "Invoice missing")
    note = api.post(f"/tickets/{t['id']}/replies", json={"body": "Checking with accounts", "internal": True})
    assert note.status_code == 201
    assert (
        note.json()["first_response_at"] is None and note.json()["status"] == "new"
    )  # a note stops no clock
    answered = api.post(f"/tickets/{t['id']}/replies", json={"body": "We are on it."}).json()
    assert answered["first_response_at"] and answered["status"] == "open"
    assert [(e["kind"], e["author"]) for e in answered["entries"]] == [
        ("note", "Ann Api"),
        ("reply", "Ann Api"),
    ]
    assert api.post(f"/tickets/{t['id']}/replies", json={"body": ""}).status_code == 422
    assert reader.post(f"/tickets/{t['id']}/replies", json={"body": "hi"}).status_code == 403
    gone = api.post("/tickets/0193a000-0000-7000-8000-000000000000/replies", json={"body": "hi"})
    assert gone.status_code == 404
    wrong = api.post(f"/tickets/{t['id']}/status", json={"status": "done", "version": answered["version"]})
    assert wrong.status_code == 422 and wrong.json()["fields"][0]["field"] == "status"
    resolved = api.post(
        f"/tickets/{t['id']}/status", json={"status": "resolved", "version": answered["version"]}
    )
    assert resolved.status_code == 200 and resolved.json()["resolved_at"]
    stale = api.post(f"/tickets/{t['id']}/status", json={"status": "closed", "version": answered["version"]})
    assert stale.status_code == 409 and stale.json()["current"]["status"] == "resolved"
    assert len(api.get(f"/tickets/{t['id']}").json()["entries"]) == 2
