"""[tool.mllens] validation: strict, every problem at once, with did-you-mean."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_mllens.config import ConfigError, parse_settings
from pytest_mllens.registry import load_registry

REGISTRY = load_registry()


def parse(table: dict[str, Any]):
    return parse_settings(table, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases)


def errors_of(table: dict[str, Any]) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse(table)
    return info.value.errors


def test_empty_table_gives_defaults() -> None:
    """No configuration is valid configuration."""
    settings = parse({})
    assert settings.select == () and settings.notebooks is True


def test_valid_table_is_converted() -> None:
    """Check ids and names are both accepted and normalised to names."""
    settings = parse(
        {
            "select": ["ML001", "ungated-deployment"],
            "roles": {"hosting": ["serve/*"]},
            "per-file-ignores": {"scripts/*.py": ["ML002"]},
            "checks": {"ML002": {"gate-functions": ["ml.gates.*"]}},
        }
    )
    assert settings.select == ("hosting-imports-training", "ungated-deployment")
    assert settings.per_file_ignores == {"scripts/*.py": ("ungated-deployment",)}
    assert settings.check_options["ungated-deployment"]["gate-functions"] == ("ml.gates.*",)


def test_unknown_key_suggests_closest() -> None:
    """A misspelt key names the key and suggests the valid one."""
    assert errors_of({"exlude": ["x"]}) == ["[tool.mllens]: unknown key 'exlude'; did you mean 'exclude'?"]


def test_wrong_type_says_expected_and_got() -> None:
    """A wrong type says what was expected and what was found, with its type."""
    assert errors_of({"notebooks": "yes"}) == ["[tool.mllens] notebooks: expected boolean (got str 'yes')"]


def test_unknown_check_in_select() -> None:
    """An unknown check reference is an error with a suggestion."""
    (error,) = errors_of({"select": ["ungated-deploy"]})
    assert "unknown check 'ungated-deploy'; did you mean 'ungated-deployment'?" in error


def test_check_option_type_and_unknown_option() -> None:
    """Check options are typed and unknown options are rejected."""
    errors = errors_of({"checks": {"ungated-deployment": {"gate-functions": "x", "gate-function": []}}})
    assert "[tool.mllens] checks.ungated-deployment.gate-functions: expected list of strings (got str 'x')" in errors
    assert any("unknown option 'gate-function'; did you mean 'gate-functions'?" in e for e in errors)


def test_all_errors_reported_at_once() -> None:
    """Three independent problems produce three messages in one error."""
    errors = errors_of({"exclude": "build", "roles": {"servin": ["x"]}, "max-file-size": -1})
    assert len(errors) == 3
    assert any("unknown key 'servin'" in e for e in errors)
