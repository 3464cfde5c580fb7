"""argon2id password hashes (argon2-cffi), with parameters that keep one verify under 100 ms.

OWASP's argon2id setting (19 MiB, 2 passes, 1 lane): argon2-cffi's default (64 MiB, 3 passes, 4 lanes)
took 450-800 ms per verify on a busy 2-core machine, most of the 500 ms a sign-in may take; this one
takes ~80 ms there. `check_needs_rehash` lets a later release raise them: the hash is redone at the
next successful sign-in.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_LENGTH = 8


@cache
def hasher() -> PasswordHasher:
    from argon2 import PasswordHasher, Type

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify(stored: str, password: str) -> bool:
    """True when `password` matches the stored hash (any argon2 mismatch or damage is a plain False)."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
@cache
def dummy_hash() -> str:
    return hash_password("not a password anyone has")


def password_problem(password: str) -> str | None:
    """Why a new password is refused, or None."""
    if len(password) < MIN_LENGTH:
        return f"a password needs at least {MIN_LENGTH} characters"
    if password.strip() != password:
        return "a password cannot start or end with a space"
    return None
