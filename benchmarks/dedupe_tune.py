"""Tune the duplicate-detection weights on the training split of the labelled set; evaluate before/after.

`python -m benchmarks.dedupe_tune` grid-searches the field weights and the birthday penalty (the threshold
stays at the service's 80) for the best F1 on the training split (seed TRAIN_SEED), then prints precision,
recall and F1 on the held-out split (seed TEST_SEED) for the old rules, the tuned ones and the weights
currently in app/services/quality/similarity.py. Copy the printed weights there by hand.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.services.quality.dedupe import DEFAULT_THRESHOLD, candidate_pairs, find_pairs
from app.services.quality.similarity import MATCHED, Candidate, combine, field_scores
from benchmarks.dedupe_labelled import generate, reduce

TRAIN_SEED, TEST_SEED = 16, 1616
# the rules before issue 16: no address, postal code, birthday or nicknames
OLD_WEIGHTS = {
    "name": 3.0,
    "email": 3.0,
    "phone": 2.0,
    "company": 1.0,
    "city": 0.5,
    "domain": 2.0,
    "address": 1.0,
}
FIELDS = ("name", "email", "phone", "company", "city", "address", "postal_code", "birthday")
GRID: dict[str, tuple[float, ...]] = {
    "name": (3.0, 4.0, 5.0, 6.0),
    "email": (2.0, 3.0, 4.0),
    "phone": (2.0, 3.0, 4.0),
    "company": (0.5, 1.0),
    "city": (0.0, 0.5),
    "address": (0.5, 1.0, 2.0),
    "postal_code": (0.5, 1.0, 2.0),
    "birthday": (2.0, 3.0, 4.0, 6.0),
}
PENALTIES = (0.0, 10.0, 20.0, 30.0)
DIFFERENT: dict[str, tuple[float, ...]] = {"email": (0.5, 1.0, 2.0), "phone": (0.5, 1.0, 2.0)}


@dataclass(frozen=True)
class Quality:
    precision: float
    recall: float
    seconds: float
    reported: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def old_rules(a: Candidate, b: Candidate) -> tuple[float, tuple[str, ...]]:
    parts = field_scores(a, b, nicknames=False)
    return combine(parts, OLD_WEIGHTS, 0.0, {}), tuple(k for k, v in parts.items() if v >= MATCHED)


def evaluate(
    rows: list[dict[str, Any]],
    truth: set[tuple[int, int]],
    new_rules: bool = True,
    score: Callable[[Candidate, Candidate], tuple[float, tuple[str, ...]]] | None = None,
) -> Quality:
    """Precision and recall of the duplicate review over the rows (new_rules False: the rules before)."""
    candidates = [reduce(i, row, with_address=new_rules) for i, row in enumerate(rows)]
    chosen = score or (old_rules if not new_rules else None)
    started = time.perf_counter()
    pairs = find_pairs("contact", candidates, DEFAULT_THRESHOLD, **({"score": chosen} if chosen else {}))
    seconds = time.perf_counter() - started
    found = {(p.id_a.int - 1, p.id_b.int - 1) for p in pairs}
    hits = len(found & truth)
    return Quality(hits / len(found) if found else 0.0, hits / len(truth), seconds, len(found))


def tune(
    rows: list[dict[str, Any]], truth: set[tuple[int, int]]
) -> tuple[dict[str, float], dict[str, float], float, float]:
    """The weights with the best F1 on these rows: (weights, weights when different, penalty, f1)."""
    import numpy as np

    candidates = [reduce(i, row) for i, row in enumerate(rows)]
    pairs = candidate_pairs(candidates)
    scores = np.full((len(pairs), len(FIELDS)), np.nan)
    for n, (x, y) in enumerate(pairs):
        for field, value in field_scores(candidates[x], candidates[y]).items():
            if field in FIELDS:
                scores[n, FIELDS.index(field)] = value
    is_true = np.array([pair in truth for pair in pairs])
    present = ~np.isnan(scores)
    values = np.nan_to_num(scores)
    conflict = present[:, FIELDS.index("birthday")] & (values[:, FIELDS.index("birthday")] == 0)
    agree = values >= MATCHED
    e, p = FIELDS.index("email"), FIELDS.index("phone")
    best: tuple[float, dict[str, float], dict[str, float], float] = (-1.0, {}, {}, 0.0)
    for combo, email_off, phone_off in itertools.product(
        itertools.product(*(GRID[f] for f in FIELDS)), DIFFERENT["email"], DIFFERENT["phone"]
    ):
        w = np.broadcast_to(np.array(combo), values.shape).copy()
        w[:, e] = np.where(agree[:, e], combo[e], email_off)
        w[:, p] = np.where(agree[:, p], combo[p], phone_off)
        w = w * present
        used = w > 0
        mean = (values * w).sum(axis=1) / w.sum(axis=1)
        mean = np.where(used.sum(axis=1) == 1, mean * 0.85, mean)
        for penalty in PENALTIES:
            reported = mean - penalty * conflict >= DEFAULT_THRESHOLD
            hits = int((reported & is_true).sum())
            f1 = 2 * hits / (int(reported.sum()) + len(truth)) if hits else 0.0
            if f1 > best[0]:
                different = {"email": email_off, "phone": phone_off}
                best = (f1, dict(zip(FIELDS, combo, strict=True)), different, penalty)
    return best[1], best[2], best[3], best[0]


def main() -> None:
    from app.services.quality import similarity

    train, train_truth = generate(3000, TRAIN_SEED)
    test, test_truth = generate(3000, TEST_SEED)
    started = time.perf_counter()
    weights, different, penalty, f1 = tune(train, train_truth)
    print(
        f"tuned in {time.perf_counter() - started:.0f} s: weights {weights}, when different {different}, "
        f"birthday penalty {penalty}"
    )
    print(f"training F1 {f1:.3f}")

    def tuned(a: Candidate, b: Candidate) -> tuple[float, tuple[str, ...]]:
        return combine(field_scores(a, b), {**similarity.WEIGHTS, **weights}, penalty, different), ()

    for label, quality in (
        ("rules before issue 16", evaluate(test, test_truth, new_rules=False)),
        ("tuned here", evaluate(test, test_truth, score=tuned)),
        ("weights in similarity.py", evaluate(test, test_truth)),
    ):
        print(
            f"held-out, {label}: precision {quality.precision:.3f} recall {quality.recall:.3f} "
            f"F1 {quality.f1:.3f} ({quality.reported} pairs reported)"
        )


if __name__ == "__main__":
    main()
