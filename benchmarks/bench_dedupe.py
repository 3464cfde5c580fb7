"""Duplicate detection: time over N contacts, and precision/recall against a labelled dataset.

The dataset is generated: distinct people (Faker names, emails, phones, companies, cities), then a tenth
of them copied with the mistakes real duplicates carry: a typo in the name, first and last name
swapped, the email or the phone missing, the email at another domain, the phone written differently,
the company written differently. Each copy's (original, copy) pair is a known duplicate; any other pair
reported is a false positive.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from sqlalchemy import insert

from app.config import Settings
from app.context import AppContext
from app.models import Contact, utcnow, uuid7
from benchmarks.common import Result

SIZES = {"small": 2_000, "large": 100_000}
SECTION = "Duplicate detection on addresses and birthdays (issue 16)"
NOTE = (
    "Precision, recall and F1 on the held-out split of the hard labelled set (benchmarks/dedupe_labelled.py, "
    "seed 1616; weights tuned on seed 16 by benchmarks/dedupe_tune.py); the timing is the duplicate review "
    "over a SQLite database of the hard set."
)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word + rng.choice("aeiou")
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["swap", "drop", "add", "replace"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "add":
        return word[:i] + rng.choice("aeinrst") + word[i:]
    return word[:i] + rng.choice("aeinrst") + word[i + 1 :]


def dataset(total: int, seed: int = 11) -> tuple[list[dict[str, object]], set[frozenset[object]]]:
    """Contact rows (about a tenth of them duplicates) and the set of true duplicate id pairs."""
    from faker import Faker

    fake = Faker(["en_US", "de_DE", "fr_FR"])
    fake.seed_instance(seed)
    rng = random.Random(seed)
    firsts = [fake.first_name() for _ in range(400)]
    lasts = [fake.last_name() for _ in range(2000)]
    companies = [fake.company() for _ in range(3000)]
    cities = [fake.city() for _ in range(500)]
    domains = ["example.com", "example.org", "mail.example", "corp.example"]
    now = utcnow()
    originals = total * 10 // 11
    rows: list[dict[str, object]] = []
    for i in range(originals):
        first, last = rng.choice(firsts), rng.choice(lasts)
        rows.append(
            {
                "id": uuid7(),
                "first_name": first,
                "last_name": last,
                "email": f"{first}.{last}{i}@{rng.choice(domains)}".lower().replace(" ", ""),
                "phone": f"+4930{rng.randrange(10**7, 10**8)}",
                "company_name": rng.choice(companies),
                "city": rng.choice(cities),
            }
        )
    truth: set[frozenset[object]] = set()
    for _ in range(total - originals):
        source = rng.choice(rows[:originals])
        dup = dict(source, id=uuid7())
        for mistake in rng.sample(["typo", "swap", "no_email", "no_phone", "domain", "company"], 2):
            if mistake == "typo":
                dup["last_name"] = _typo(rng, str(dup["last_name"]))
            elif mistake == "swap":
                dup["first_name"], dup["last_name"] = dup["last_name"], dup["first_name"]
            elif mistake == "no_email":
                dup["email"] = ""
            elif mistake == "no_phone":
                dup["phone"] = ""
            elif mistake == "domain":
                dup["email"] = str(dup["email"]).partition("@")[0] + "@" + rng.choice(domains[:2])
            else:
                dup["company_name"] = str(dup["company_name"]).replace(",", "").replace(" and ", " & ")
        rows.append(dup)
        truth.add(frozenset((source["id"], dup["id"])))
    for row in rows:
        row.update(
            phone_display=row["phone"],
            title="",
            country="DE",
            status="active",
            notes="",
            created_at=now,
            updated_at=now,
            version=1,
            custom={},
            deleted_at=None,
            owner_id=None,
        )
    return rows, truth


def run(folder: Path, size: str) -> list[Result]:
    total = SIZES.get(size, SIZES["small"]) if not size.isdigit() else int(size)
    rows, truth = dataset(total)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"dedupe-{total}.db"
    path.unlink(missing_ok=True)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    try:
        with ctx.engine.begin() as conn:
            for start in range(0, len(rows), 5000):
                conn.execute(insert(Contact.__table__), rows[start : start + 5000])
        started = time.perf_counter()
        pairs = ctx.dedupe.find("contact")
        seconds = time.perf_counter() - started
    finally:
        ctx.close()
        path.unlink(missing_ok=True)
    found = {frozenset((p.id_a, p.id_b)) for p in pairs}
    hits = len(found & truth)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(truth) if truth else 0.0
    labelled = f"{len(truth):,} known duplicate pairs among {total:,} contacts, threshold 80"
    return [
        Result(
            f"duplicate detection over {total:,} contacts",
            seconds * 1000,
            target=30_000 if total >= 100_000 else None,
            note=f"{len(pairs):,} pairs reported",
        ),
        Result("duplicate detection precision", precision * 100, unit="%", note=labelled),
        Result("duplicate detection recall", recall * 100, unit="%", note=labelled),
    ]


def _hard_rows(people: int, seed: int) -> tuple[list[dict[str, object]], set[frozenset[object]]]:
    """The hard labelled set as contact rows (phones normalised as an import stores them)."""
    from app.services.core.validation import normalise_phone
    from benchmarks.dedupe_labelled import generate

    labelled, truth = generate(people, seed)
    now = utcnow()
    rows: list[dict[str, object]] = []
    for row in labelled:
        phone, error = normalise_phone(row["phone"], "DE") if row["phone"] else (None, "none")
        e164 = "" if error or phone is None else phone.e164
        rows.append(
            {
                **row,
                "id": uuid7(),
                "phone": e164,
                "phone_display": row["phone"],
                "region": "",
                "title": "",
                "country": "DE",
                "status": "active",
                "notes": "",
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "custom": {},
                "deleted_at": None,
                "owner_id": None,
            }
        )
    return rows, {frozenset((rows[a]["id"], rows[b]["id"])) for a, b in truth}


def run_quality(folder: Path, size: str) -> list[Result]:
    """Before/after precision, recall and F1 on the held-out split, and the review's time over the hard set."""
    from benchmarks.dedupe_labelled import generate
    from benchmarks.dedupe_tune import TEST_SEED, evaluate

    test, truth = generate(3000, TEST_SEED)
    labelled = f"{len(truth):,} true pairs among {len(test):,} contacts (held out), threshold 80"
    results: list[Result] = []
    for label, new_rules in (("before (name, email, phone, company, city)", False), ("after", True)):
        quality = evaluate(test, truth, new_rules=new_rules)
        for name, value in (("precision", quality.precision), ("recall", quality.recall), ("F1", quality.f1)):
            results.append(Result(f"dedupe {name}, {label}", value * 100, unit="%", note=labelled))
    total = SIZES.get(size, SIZES["small"]) if not size.isdigit() else int(size)
    rows, pairs_true = _hard_rows(total * 3 // 4, seed=4242)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"dedupe-hard-{len(rows)}.db"
    path.unlink(missing_ok=True)
    ctx = AppContext.open(Settings(db_url=f"sqlite:///{path}"))
    try:
        with ctx.engine.begin() as conn:
            for start in range(0, len(rows), 5000):
                conn.execute(insert(Contact.__table__), rows[start : start + 5000])
        started = time.perf_counter()
        pairs = ctx.dedupe.find("contact")
        seconds = time.perf_counter() - started
    finally:
        ctx.close()
        path.unlink(missing_ok=True)
    found = {frozenset((p.id_a, p.id_b)) for p in pairs}
    hits = len(found & pairs_true)
    note = f"{len(pairs_true):,} true pairs, {len(pairs):,} reported"
    precision, recall = hits / max(len(found), 1), hits / len(pairs_true)
    timing = Result(
        f"duplicate review over {len(rows):,} hard contacts (SQLite)",
        seconds * 1000,
        target=30_000 if len(rows) >= 100_000 else None,
        note=note,
    )
    there = f"the review over the {len(rows):,} hard contacts"
    return [
        *results,
        timing,
        Result(f"dedupe precision, {there}", precision * 100, unit="%", note=note),
        Result(f"dedupe recall, {there}", recall * 100, unit="%", note=note),
    ]
