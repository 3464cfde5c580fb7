"""Hypothesis settings for the fuzz tests: a few hundred cases in CI, many more with RAPPORT_FUZZ=long.

    RAPPORT_FUZZ=long pytest tests/...   # 20,000 cases a test, no deadline

Importing this module loads the "ci" or "long" profile (the readers' fuzz tests rely on that); `@fuzz`
applies the same choice to one test explicitly (the segment fuzz tests use it).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("RAPPORT_FUZZ", "").lower() == "long"
_COMMON = {
    "deadline": None,  # a database round trip per case: timing varies with the machine
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", max_examples=200, **_COMMON)
settings.register_profile("long", max_examples=20_000, **_COMMON)
settings.register_profile("rapport-ci", max_examples=300, **_COMMON)
settings.register_profile("rapport-long", max_examples=20_000, **_COMMON)
settings.load_profile("long" if LONG else "ci")

PROFILE = "rapport-long" if LONG else "rapport-ci"
fuzz = settings(settings.get_profile(PROFILE))
