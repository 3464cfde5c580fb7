"""Hypothesis profiles shared by the fuzz tests: "ci" (200 examples, the default) and "long" (20,000),
chosen by the environment: RAPPORT_FUZZ=long runs the long one. Import this module from a fuzz test."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("long" if os.environ.get("RAPPORT_FUZZ", "").lower() == "long" else "ci")
