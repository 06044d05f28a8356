"""Hypothesis budget for the robustness suite.

Profile ``ci`` (the default) keeps the whole suite under a minute on a 2-core machine;
``HYPOTHESIS_PROFILE=release`` tries many more inputs before a release. Count the inputs
actually tried with ``--hypothesis-show-statistics``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": (HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture),
    "print_blob": True,
}
settings.register_profile("ci", max_examples=60, **_COMMON)
settings.register_profile("release", max_examples=2000, **_COMMON)
settings.register_profile("dev", max_examples=10, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
