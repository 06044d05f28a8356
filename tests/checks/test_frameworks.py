"""Framework samples in tests/frameworks: each knowledge family used the way its docs write it.

Every ``tests/frameworks/<sample>/expected.toml`` states the roles the engine must infer
(``[[role]]``: path and role), the roles it must *not* infer (``[[not-role]]``, the
false-positive traps) and the exact findings (``[[finding]]``, as in the corpus). A sample
with no ``[[finding]]`` is a good example: it must stay clean.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from pytest_mllens.config import load_table, parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry

FRAMEWORKS = Path(__file__).resolve().parents[1] / "frameworks"
SAMPLES = sorted(p.parent for p in FRAMEWORKS.glob("*/expected.toml"))
IGNORED = {"unused-suppression"}


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _analyse(sample: Path, registry):
    settings = parse_settings(load_table(sample), {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    return analyse(sample, settings, registry)


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_framework_sample(sample: Path, registry) -> None:
    """Roles, non-roles and findings of the sample match its expected.toml exactly."""
    expected = tomllib.loads((sample / "expected.toml").read_text(encoding="utf-8"))
    analysis = _analyse(sample, registry)
    assert analysis.errors == []
    assert {name: r.error for name, r in analysis.results.items() if r.error} == {}
    roles = {path: {r.role for r in reasons} for path, reasons in analysis.project.roles.items()}
    for row in expected.get("role", []):
        assert row["role"] in roles.get(row["path"], set()), (row, analysis.project.roles.get(row["path"]))
    for row in expected.get("not-role", []):
        assert row["role"] not in roles.get(row["path"], set()), (row, analysis.project.roles.get(row["path"]))
    found = sorted((f.check, f.path, f.cell, f.line) for f in analysis.findings if f.check not in IGNORED)
    wanted = sorted((f["check"], f["path"], int(f.get("cell", 0)), int(f["line"])) for f in expected.get("finding", []))
    assert found == wanted, [f.message for f in analysis.findings]
