"""The licences of everything Rapport ships: its runtime dependencies, followed transitively.

`python scripts/licences.py` prints them as a Markdown table (docs/licences.md is made this way);
tests/test_licences.py fails when a dependency declares no licence, or one that a GPL-3.0-or-later
program cannot ship.

The dependencies are read from pyproject.toml (not from the installed rapport-crm metadata, which an
editable install leaves stale) and followed through the installed packages' own metadata.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"

# SPDX identifiers (and the trove classifiers' words for them) that GPL-3.0-or-later code may ship.
COMPATIBLE = (
    "MIT",
    "MIT-CMU",
    "BSD",
    "0BSD",
    "ISC",
    "Apache",
    "PSF",
    "Python Software Foundation",
    "LGPL",
    "GPL-3.0",
    "Unlicense",
    "CC0",
    "Zlib",
    "HPND",
    "MPL-2.0",
    "Mozilla Public License 2.0",
)


@dataclass(frozen=True)
class Licence:
    package: str
    version: str
    licence: str  # "" when the package declares none
    required_by: str

    @property
    def compatible(self) -> bool:
        if not self.licence:
            return False
        # an "A OR B" expression needs one acceptable choice; "A AND B" (or a list) needs all of them
        choices = re.split(r"\s+OR\s+", self.licence)
        return any(
            all(_known(part) for part in re.split(r"\s+AND\s+|;|,", c) if part.strip()) for c in choices
        )


def _known(part: str) -> bool:
    part = part.strip().strip("()")
    return part.lower() == "dependency licenses" or any(word.lower() in part.lower() for word in COMPATIBLE)


def declared_licence(dist: metadata.Distribution) -> str:
    """The SPDX expression if there is one, else the licence classifiers, else the free-text field."""
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression.strip()
    classifiers = [
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    classifiers = [c for c in classifiers if c != "OSI Approved"]
    if classifiers:
        return "; ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0][:80] if text else ""


def runtime_requirements() -> list[Requirement]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return [Requirement(line) for line in project["dependencies"]]


def runtime_licences() -> tuple[list[Licence], list[str]]:
    """Every runtime package with its licence, and the names of required packages that are not installed."""
    found: dict[str, Licence] = {}
    missing: list[str] = []
    pending = [(req, "rapport-crm") for req in runtime_requirements()]
    while pending:
        req, parent = pending.pop(0)  # breadth first: a direct dependency is named as ours
        if req.marker and not req.marker.evaluate({"extra": ""}):
            continue
        key = _normalise(req.name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            missing.append(req.name)
            continue
        found[key] = Licence(req.name, dist.version, declared_licence(dist), parent)
        for line in dist.requires or []:
            sub = Requirement(line)
            # a dependency's extra dependencies count only when the extra was asked for (psycopg[binary])
            if sub.marker and not any(sub.marker.evaluate({"extra": extra}) for extra in req.extras or {""}):
                continue
            sub.marker = None
            pending.append((sub, req.name))
    return sorted(found.values(), key=lambda lic: _normalise(lic.package)), sorted(missing)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def markdown(licences: list[Licence]) -> str:
    lines = [
        "# Third-party licences",
        "",
        "Everything the Rapport application ships besides its own code (GPL-3.0-or-later), as declared",
        "by each package. Made by `python scripts/licences.py`; `tests/test_licences.py` fails on a",
        "package with no licence or one a GPL-3.0-or-later program cannot ship.",
        "",
        "| package | licence | required by |",
        "|---|---|---|",
    ]
    lines += [f"| {lic.package} | {lic.licence} | {lic.required_by} |" for lic in licences]
    return "\n".join(lines) + "\n"


def main() -> int:
    licences, missing = runtime_licences()
    sys.stdout.write(markdown(licences))
    for name in missing:
        sys.stderr.write(f"not installed: {name}\n")
    bad = [lic for lic in licences if not lic.compatible]
    for lic in bad:
        sys.stderr.write(f"check the licence of {lic.package}: {lic.licence or 'none declared'}\n")
    return 1 if bad or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
