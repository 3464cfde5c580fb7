"""The NOTIFY payload: round trip, chunks under PostgreSQL's limit, and "the entity changed" for huge sets."""

from __future__ import annotations

import uuid

from app.models import uuid7_many
from app.services.core.changes import Change, ChangeKind, ChangeSet, combine
from app.services.core.initiator import Initiator
from app.services.core.live.payload import LIMIT_BYTES, MAX_IDS, decode, encode


def _set(entity: str, kind: ChangeKind, count: int) -> ChangeSet:
    user = uuid.uuid4()
    return ChangeSet((Change(entity, kind, frozenset(uuid7_many(count))),), Initiator(user, 1234, "board#ab"))


def test_a_small_change_round_trips_as_a_remote_change_of_the_same_user_and_origin() -> None:
    sent = _set("contact", ChangeKind.UPDATED, 3)
    payloads = encode(sent, "tag1")
    assert len(payloads) == 1
    tag, got = decode(payloads[0])
    assert tag == "tag1"
    assert got.changes == sent.changes
    assert got.remote and not sent.remote
    assert got.initiator is not None and sent.initiator is not None
    assert (got.initiator.user_id, got.initiator.origin) == (sent.initiator.user_id, "board#ab")
    assert not got.made_by("board#ab")  # another process's view is never "ours"


def test_a_thousand_ids_are_chunked_under_the_limit_and_combine_back_to_the_same_set() -> None:
    sent = _set("deal", ChangeKind.CREATED, 1000)
    payloads = encode(sent, "t")
    assert len(payloads) > 1
    assert all(len(p.encode()) < LIMIT_BYTES for p in payloads)
    got = combine(decode(p)[1] for p in payloads)
    assert got.ids("deal") == sent.ids("deal")


def test_more_ids_than_the_cap_say_only_that_the_entity_changed() -> None:
    sent = ChangeSet(
        _set("contact", ChangeKind.CREATED, MAX_IDS + 1).changes
        + _set("account", ChangeKind.UPDATED, 2).changes
    )
    payloads = encode(sent, "t")
    assert len(payloads) == 1
    got = decode(payloads[0])[1]
    assert got.touches("contact") and got.ids("contact") == frozenset()
    assert got.ids("account") == sent.ids("account")


def test_a_whole_entity_change_is_not_narrowed_by_a_list_of_ids_in_the_same_commit() -> None:
    whole = ChangeSet((Change("lead", ChangeKind.UPDATED, frozenset()),))
    some = ChangeSet((Change("lead", ChangeKind.UPDATED, frozenset({uuid.uuid4()})),))
    assert combine([some, whole]).changes == (Change("lead", ChangeKind.UPDATED, frozenset()),)


def test_a_malformed_payload_is_refused_with_what_it_was() -> None:
    try:
        decode('{"c": 1}')
    except ValueError as exc:
        assert "not a Rapport change payload" in str(exc)
    else:
        raise AssertionError("decoded a malformed payload")
