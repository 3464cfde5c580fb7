"""A hard labelled dataset for duplicate detection, generated deterministically from a seed (Faker).

People with a street, postal code, city, birthday, email, phone and company; a third of them copied with two
to four of the mistakes real duplicates carry (typos and transposed letters, a nickname for the first name,
first and last name swapped, missing fields, another email domain or a new address altogether, phones,
postal codes and streets written differently, day and month of the birthday read the other way round, a
move to another address). Hard negatives sit beside them: people of the same name who are other people
(another birthday, address, email and phone), and family members at one address, some sharing the home
phone. `truth` holds every true duplicate pair of row indexes; any other pair reported is a false positive.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from app.services.quality.similarity import Candidate, fold, fold_postal_code, fold_street, iso_birthday

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR")
MISTAKES = (
    "typo_first",
    "typo_last",
    "transpose",
    "nickname",
    "swap_names",
    "no_email",
    "no_phone",
    "no_birthday",
    "no_address",
    "email_domain",
    "new_email",
    "phone_format",
    "postcode_format",
    "street_format",
    "birthday_swap",
    "moved",
    "company",
)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word + rng.choice("aeiou")
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["drop", "add", "replace"])
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "add":
        return word[:i] + rng.choice("aeinrst") + word[i:]
    return word[:i] + rng.choice("aeinrst") + word[i + 1 :]


def _transpose(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _address(fake: Any) -> dict[str, str]:
    return {"street": fake.street_address(), "postal_code": fake.postcode(), "city": fake.city()}


def _email(rng: random.Random, first: str, last: str, n: int) -> str:
    local = rng.choice([f"{first}.{last}", f"{first[:1]}{last}", f"{last}{n % 100}", f"{first}{n}"])
    domain = rng.choice(["mail.example", "post.example", "web.example", "inbox.example"])
    return fold(local).replace(" ", "") + "@" + domain


def _phone(rng: random.Random) -> str:
    return f"+49 30 {rng.randrange(10**7, 10**8)}"


def _person(rng: random.Random, fake: Any, n: int, first: str = "", last: str = "") -> dict[str, Any]:
    first, last = first or fake.first_name(), last or fake.last_name()
    birthday = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 65 * 365))
    return {
        "first_name": first,
        "last_name": last,
        "email": _email(rng, first, last, n) if rng.random() < 0.85 else "",
        "phone": _phone(rng) if rng.random() < 0.8 else "",
        "company_name": fake.company() if rng.random() < 0.6 else "",
        "birthday": birthday if rng.random() < 0.8 else None,
        **(_address(fake) if rng.random() < 0.85 else {"street": "", "postal_code": "", "city": ""}),
    }


def _corrupt(rng: random.Random, fake: Any, row: dict[str, Any], mistake: str) -> None:
    from nicknames import NickNamer

    if mistake == "typo_first":
        row["first_name"] = _typo(rng, row["first_name"])
    elif mistake == "typo_last":
        row["last_name"] = _typo(rng, row["last_name"])
    elif mistake == "transpose":
        key = rng.choice(["first_name", "last_name"])
        row[key] = _transpose(rng, row[key])
    elif mistake == "nickname":
        names = sorted(NickNamer().nicknames_of(row["first_name"].lower()))
        if names:
            row["first_name"] = rng.choice(names).capitalize()
    elif mistake == "swap_names":
        row["first_name"], row["last_name"] = row["last_name"], row["first_name"]
    elif mistake in ("no_email", "no_phone", "no_birthday"):
        row[mistake[3:]] = None if mistake == "no_birthday" else ""
    elif mistake == "no_address":
        row.update(street="", postal_code="")
    elif mistake == "email_domain" and row["email"]:
        row["email"] = row["email"].partition("@")[0] + "@" + rng.choice(["work.example", "corp.example"])
    elif mistake == "new_email":
        row["email"] = fold(f"{row['last_name']} {rng.randrange(1000)}").replace(" ", "") + "@work.example"
    elif mistake == "phone_format" and row["phone"]:
        row["phone"] = "030/" + row["phone"][7:]
    elif mistake == "postcode_format":
        row["postal_code"] = row["postal_code"].lower().replace(" ", "")
    elif mistake == "street_format":
        row["street"] = row["street"].replace("Street", "St.").replace("straße", "str.").upper()
    elif mistake == "birthday_swap" and row["birthday"] and row["birthday"].day <= 12:
        row["birthday"] = row["birthday"].replace(month=row["birthday"].day, day=row["birthday"].month)
    elif mistake == "moved":
        row.update(_address(fake))
    elif mistake == "company":
        row["company_name"] = fake.company()


def generate(people: int, seed: int) -> tuple[list[dict[str, Any]], set[tuple[int, int]]]:
    """Rows as typed (phones and postal codes in any format, birthdays as dates) and the true pairs."""
    from faker import Faker

    fake = Faker(list(LOCALES))
    fake.seed_instance(seed)
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for n in range(people):
        if rows and rng.random() < 0.12:  # another person of the same name
            other = rng.choice(rows)
            rows.append(_person(rng, fake, n, other["first_name"], other["last_name"]))
        elif rows and rng.random() < 0.12:  # a family member at the same address
            other = rng.choice(rows)
            relative = _person(rng, fake, n, last=other["last_name"])
            relative.update(street=other["street"], postal_code=other["postal_code"], city=other["city"])
            if rng.random() < 0.4:
                relative["phone"] = other["phone"]
            rows.append(relative)
        else:
            rows.append(_person(rng, fake, n))
    truth: set[tuple[int, int]] = set()
    for source in rng.sample(range(people), people // 3):
        copy = dict(rows[source])
        for mistake in rng.sample(MISTAKES, rng.randint(3, 5)):
            _corrupt(rng, fake, copy, mistake)
        truth.add((source, len(rows)))
        rows.append(copy)
    return rows, truth


def reduce(index: int, row: dict[str, Any], with_address: bool = True) -> Candidate:
    """A row reduced as the duplicate review reduces a stored contact (without_address: the old rules)."""
    import uuid

    from app.services.core.validation import normalise_phone

    phone, error = normalise_phone(row["phone"], "DE") if row["phone"] else (None, "none")
    return Candidate(
        uuid.UUID(int=index + 1),
        fold(f"{row['first_name']} {row['last_name']}"),
        row["email"].lower(),
        "" if error or phone is None else phone.e164,
        fold(row["company_name"]),
        fold(row["city"]),
        address=fold_street(row["street"]) if with_address else "",
        label=f"{row['first_name']} {row['last_name']}",
        postal_code=fold_postal_code(row["postal_code"]) if with_address else "",
        birthday=iso_birthday(row["birthday"]) if with_address else "",
    )
