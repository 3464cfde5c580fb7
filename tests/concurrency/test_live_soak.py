"""The team soak, small: real processes race on the same records; nothing saved is lost, and the check
itself finds lost updates when a client overwrites instead of merging."""

from __future__ import annotations

from benchmarks.soak_team import soak


def test_racing_processes_lose_no_update_and_hear_each_other(pg_url: str) -> None:
    figures = soak(pg_url, processes=3, records=30, seconds=4, hot=6)
    assert figures.edits > 20 and figures.conflicts > 0  # the saves did race
    assert figures.lost == 0 and figures.duplicate_versions == 0
    assert figures.notifications > 0  # each process heard the others' saves (LISTEN/NOTIFY)


def test_a_client_that_overwrites_on_a_conflict_is_caught_losing_updates(pg_url: str) -> None:
    figures = soak(pg_url, processes=3, records=10, seconds=4, hot=3, blind=True)
    assert figures.conflicts > 0
    assert figures.lost > 0
