"""The [tool.mllens] keys of the CI outputs are validated like every other key."""

from __future__ import annotations

import pytest

from pytest_mllens.config import ConfigError, parse_settings
from pytest_mllens.registry import load_registry


def _parse(table: dict):
    registry = load_registry()
    return parse_settings(table, {n: c.options for n, c in registry.checks.items()}, registry.aliases)


def test_valid_keys_are_read() -> None:
    """output, github-annotations, require-suppression-reason and unsuppressible (ids become names)."""
    settings = _parse({"output": "concise", "github-annotations": False, "require-suppression-reason": True, "unsuppressible": ["ML002"]})
    assert (settings.output, settings.github_annotations, settings.require_suppression_reason, settings.unsuppressible) == ("concise", False, True, ("ungated-deployment",))


def test_bad_values_are_reported_together() -> None:
    """Every wrong value is named at once, with what was expected."""
    with pytest.raises(ConfigError) as caught:
        _parse({"output": "short", "github-annotations": "no", "require-suppression-reason": 1, "unsuppressible": ["ML099"]})
    text = "\n".join(caught.value.errors)
    assert "[tool.mllens] output: expected 'full' or 'concise' (got str 'short')" in text
    assert "[tool.mllens] github-annotations: expected boolean (got str 'no')" in text
    assert "[tool.mllens] require-suppression-reason: expected boolean (got int 1)" in text
    assert "[tool.mllens] unsuppressible: unknown check 'ML099'" in text
