"""Hypothesis settings for the fuzz tests: a few hundred cases in CI, many more with RAPPORT_FUZZ=long.

Use `@fuzz` on a test (rather than loading a profile globally, so other hypothesis tests keep theirs):
    RAPPORT_FUZZ=long pytest tests/...   # 20,000 cases a test, no deadline
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,  # a database round trip per case: timing varies with the machine
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("rapport-ci", max_examples=300, **_COMMON)
settings.register_profile("rapport-long", max_examples=20_000, **_COMMON)

PROFILE = "rapport-long" if os.environ.get("RAPPORT_FUZZ") == "long" else "rapport-ci"
fuzz = settings(settings.get_profile(PROFILE))
