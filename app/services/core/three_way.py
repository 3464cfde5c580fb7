"""Three-way merge of a record edit that lost a race: base (what the editor loaded), theirs (what is
stored now), mine (what the editor would save).

A field changed on one side only takes that side's value; a field both changed to the same value takes it;
a field both changed differently is a clash, for the user to settle. Values are compared as what they
mean, not how they were typed: "1,250.50" and Decimal("1250.5") are the same amount, "" and None are both
empty, a list in another order is the same list. A nested mapping (the custom fields) is merged key by key,
its clashes named `custom.<key>`. No Qt: the dialog is app/views/common/merge_conflict.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any


class Side(StrEnum):
    THEIRS = "theirs"
    MINE = "mine"


@dataclass(frozen=True)
class Clash:
    """A field both sides changed, to different values."""

    name: str  # "city", or "custom.<key>" for a custom field
    base: Any
    theirs: Any
    mine: Any


@dataclass(frozen=True)
class ThreeWay:
    """The merge: `merged` holds every field, clashes at `mine` until `resolve` says otherwise."""

    merged: dict[str, Any]
    theirs_only: tuple[str, ...] = ()  # fields only the colleague changed: their value is taken
    mine_only: tuple[str, ...] = ()  # fields only I changed: mine is kept
    clashes: tuple[Clash, ...] = ()
    _paths: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def merged_value(self, name: str) -> Any:
        """The merged value of field `name` ("custom.<key>" for a custom field)."""
        value: Any = self.merged
        for key in name.split("."):
            value = value.get(key) if isinstance(value, Mapping) else None
        return value

    def resolve(self, choices: Mapping[str, Side]) -> dict[str, Any]:
        """The values to save with each clash settled by `choices` (a clash not named keeps mine)."""
        unknown = set(choices) - {c.name for c in self.clashes}
        if unknown:
            raise KeyError(f"not a clash of this merge: {', '.join(sorted(unknown))}")
        out = _copy(self.merged)
        for clash in self.clashes:
            if choices.get(clash.name, Side.MINE) == Side.THEIRS:
                _put(out, self._paths[clash.name], clash.theirs)
        return out


def three_way(base: Mapping[str, Any], theirs: Mapping[str, Any], mine: Mapping[str, Any]) -> ThreeWay:
    """Merge `mine` into `theirs` over `base` (each: field name -> value; see the module docstring)."""
    merged: dict[str, Any] = {}
    theirs_only: list[str] = []
    mine_only: list[str] = []
    clashes: list[Clash] = []
    paths: dict[str, tuple[str, ...]] = {}

    def walk(
        b: Mapping[str, Any],
        t: Mapping[str, Any],
        m: Mapping[str, Any],
        out: dict[str, Any],
        path: tuple[str, ...],
    ) -> None:
        for key in [*t, *(k for k in m if k not in t)]:
            bv, tv, mv = b.get(key), t.get(key), m.get(key)
            name = ".".join((*path, key))
            if isinstance(tv, Mapping) and (mv is None or isinstance(mv, Mapping)):
                out[key] = {}
                walk(
                    bv if isinstance(bv, Mapping) else {},
                    tv,
                    tv if mv is None else mv,
                    out[key],
                    (*path, key),
                )
                continue
            if mv is None and isinstance(tv, (tuple, list)):
                mv = bv  # an input field left out: "leave it as it is"
            mine_changed, theirs_changed = not same_value(mv, bv), not same_value(tv, bv)
            if mine_changed and theirs_changed and not same_value(mv, tv):
                clashes.append(Clash(name, bv, tv, mv))
                paths[name] = (*path, key)
                out[key] = mv
            elif theirs_changed and not mine_changed:
                theirs_only.append(name)
                out[key] = tv
            else:
                if mine_changed:
                    mine_only.append(name)
                out[key] = mv

    walk(base, theirs, mine, merged, ())
    return ThreeWay(merged, tuple(theirs_only), tuple(mine_only), tuple(clashes), paths)


def input_values(data: Any) -> dict[str, Any]:
    """A service input (a dataclass) as field name -> value, one level deep (nested inputs stay objects)."""
    return {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}


def same_value(a: Any, b: Any) -> bool:
    """Whether two field values mean the same (see the module docstring)."""
    if _empty(a) and _empty(b):
        return True
    if _empty(a) or _empty(b):  # a form shows a number 0 as an empty box
        other = b if _empty(a) else a
        if isinstance(other, bool):  # an unticked box is the same as no value stored
            return other is False
        return isinstance(other, (int, float, Decimal)) and other == 0
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return all(same_value(a.get(k), b.get(k)) for k in {*a, *b})
    if _is_sequence(a) and _is_sequence(b):
        return sorted(map(repr, a)) == sorted(map(repr, b))
    if isinstance(a, bool) or isinstance(b, bool):  # an unticked box is the same as no value stored
        return all(isinstance(v, bool) or v is None for v in (a, b)) and bool(a) == bool(b)
    if not (isinstance(a, str) and isinstance(b, str)):  # two texts are compared as text ("01234")
        na, nb = _number(a), _number(b)
        if na is not None and nb is not None:
            return na == nb
    if isinstance(a, (date, datetime)) or isinstance(b, (date, datetime)):
        return _iso(a) == _iso(b)
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return bool(a == b)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_sequence(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("\u00a0", "").replace(" ", "")
        if not text or not any(ch.isdigit() for ch in text):
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    return None


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value or "").strip()


def _copy(values: dict[str, Any]) -> dict[str, Any]:
    return {k: _copy(v) if isinstance(v, dict) else v for k, v in values.items()}


def _put(out: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        out = out[key]
    out[path[-1]] = value
