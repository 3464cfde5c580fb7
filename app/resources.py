"""Locate files under resources/: next to the package in a source tree, inside the bundle when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """Return the resources directory: sys._MEIPASS/resources when frozen, else <repo>/resources."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a resource file, e.g. resource_path("icons", "rapport.svg")."""
    return resources_root().joinpath(*parts)
