"""Golden test: the findings on example_project are exactly its `# mllens: expect[...]` markers."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pytest_mllens.config import load_table, parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry

EXAMPLE = Path(__file__).resolve().parents[2] / "example_project"
EXPECT = re.compile(r"#\s*mllens:\s*expect\[([^\]]+)\]")

RUNTIME = {"untested-gate", "untested-monitor"}
"""Checks judged against coverage data (``--mllens-coverage``): their markers are asserted by
tests/functional/test_runtime_evidence.py, not by the static run."""

pytestmark = pytest.mark.skipif(not EXAMPLE.is_dir(), reason="example_project/ is not part of this checkout")


def expected_findings(root: Path, runtime: bool = False) -> set[tuple[str, str, int]]:
    """``(check, path, line)`` for every ``# mllens: expect[check, ...]`` comment under ``root``
    (of the static checks, or with ``runtime`` of the runtime checks)."""
    expected = set()
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for match in EXPECT.finditer(line):
                for check in match.group(1).split(","):
                    if (check.strip() in RUNTIME) == runtime:
                        expected.add((check.strip(), relative, number))
    return expected


def test_findings_match_expect_comments() -> None:
    """The engine reports exactly the violations marked in example_project, and nothing else."""
    registry = load_registry()
    settings = parse_settings(load_table(EXAMPLE), {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    analysis = analyse(EXAMPLE, settings, registry)

    expected = expected_findings(EXAMPLE)
    assert {check for check, _, _ in expected} == {"hosting-imports-training", "ungated-deployment", "missing-drift-monitor"}
    assert analysis.errors == []
    assert {(f.check, f.path, f.line) for f in analysis.findings} == expected


def test_example_project_under_pytest(pytester: pytest.Pytester) -> None:
    """`pytest --mllens-only` on a copy of example_project fails the three violated checks and cites the lens."""
    shutil.copytree(EXAMPLE, pytester.path, dirs_exist_ok=True)
    registry = load_registry()

    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")

    # the three lens checks fail; the honoured `# mllens: ignore[...]` in release.py makes
    # the unused-suppression item run, and it passes
    result.assert_outcomes(passed=1, failed=3)
    result.stdout.fnmatch_lines(["*mllens::hosting-imports-training*", "*lens: MLREL01-BP02, MLPERF04-BP01*", "*MLREL01-BP02 Adopt a machine learning microservice strategy <https://*"])
    result.stdout.fnmatch_lines(["*mllens::missing-drift-monitor*", "*MLPERF06-BP03 Evaluate data drift <https://*"])
    result.stdout.fnmatch_lines(["*mllens::ungated-deployment*", "*MLPERF04-BP03 Establish a model performance evaluation pipeline <https://*"])
    for check, path, line in sorted(expected_findings(EXAMPLE)):
        result.stdout.fnmatch_lines([f"{path}:{line}:* {registry.checks[check].id} *"])
    result.stdout.fnmatch_lines(["mllens: 4 checks run, 1 passed, 3 failed, 3 findings, * files analysed"])
    result.stdout.no_fnmatch_line("*scratch_deploy*")
    result.stdout.no_fnmatch_line("*tests/test_features.py*")
