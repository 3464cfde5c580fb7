"""The pure scheduling graph: propagation, cycles and the critical path (no database, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services.scheduling.graph import Edge, Span, critical_path, cycle_path, earliest_start, propagate

D0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def day(n: float) -> datetime:
    return D0 + timedelta(days=n)


def span(a: float, b: float) -> Span:
    return Span(day(a), day(b))


def test_moving_a_task_later_pushes_its_chain_and_keeps_durations() -> None:
    spans = {"a": span(0, 2), "b": span(2, 5), "c": span(5, 6), "x": span(0, 1)}
    edges = [Edge("a", "b"), Edge("b", "c")]
    new = propagate(spans, edges, {"a": span(3, 5)})
    assert new == {"a": span(3, 5), "b": span(5, 8), "c": span(8, 9)}


def test_a_successor_with_slack_is_only_pushed_as_far_as_needed() -> None:
    spans = {"a": span(0, 2), "b": span(4, 5)}
    new = propagate(spans, [Edge("a", "b")], {"a": span(1, 3)})
    assert new == {"a": span(1, 3)}  # b still starts after a ends
    new = propagate(spans, [Edge("a", "b")], {"a": span(3, 5)})
    assert new["b"] == span(5, 6)


def test_moving_earlier_leaves_successors_and_lag_counts() -> None:
    spans = {"a": span(2, 4), "b": span(4, 5)}
    assert propagate(spans, [Edge("a", "b")], {"a": span(0, 2)}) == {"a": span(0, 2)}
    lagged = propagate(spans, [Edge("a", "b", timedelta(days=1))], {"a": span(2, 4)})
    assert lagged["b"] == span(5, 6)


def test_a_diamond_takes_the_later_of_two_predecessors() -> None:
    spans = {"a": span(0, 1), "b": span(1, 2), "c": span(1, 4), "d": span(4, 5)}
    edges = [Edge("a", "b"), Edge("a", "c"), Edge("b", "d"), Edge("c", "d")]
    new = propagate(spans, edges, {"a": span(2, 3)})
    assert new["b"] == span(3, 4) and new["c"] == span(3, 6) and new["d"] == span(6, 7)


def test_cycle_is_found_with_its_path() -> None:
    edges = [Edge("a", "b"), Edge("b", "c"), Edge("x", "y")]
    assert cycle_path(edges, "c", "a") == ["c", "a", "b", "c"]
    assert cycle_path(edges, "a", "a") == ["a", "a"]
    assert cycle_path(edges, "a", "c") is None
    assert cycle_path(edges, "y", "a") is None


def test_earliest_start_is_the_latest_predecessor_end_plus_lag() -> None:
    spans = {"a": span(0, 2), "b": span(0, 3)}
    edges = [Edge("a", "c", timedelta(days=2)), Edge("b", "c")]
    assert earliest_start(spans, edges, "c") == day(4)
    assert earliest_start(spans, edges, "a") is None


def test_critical_path_is_the_chain_without_slack() -> None:
    # a -> b -> d is 6 days; a -> c -> d has one day of slack on c; e is alone and ends early.
    spans = {
        "a": span(0, 2),
        "b": span(2, 5),
        "c": span(2, 4),
        "d": span(5, 6),
        "e": span(0, 1),
    }
    edges = [Edge("a", "b"), Edge("a", "c"), Edge("b", "d"), Edge("c", "d")]
    assert critical_path(spans, edges) == {"a", "b", "d"}
    assert critical_path({}, []) == set()


def test_a_long_chain_propagates_in_one_pass() -> None:
    n = 5000
    spans = {i: span(i, i + 1) for i in range(n)}
    edges = [Edge(i, i + 1) for i in range(n - 1)]
    new = propagate(spans, edges, {0: span(10, 11)})
    assert len(new) == n and new[n - 1] == span(n + 9, n + 10)
    assert critical_path(spans, edges) == set(range(n))
