"""One reading of [tool.mllens] select / ignore: the engine, the JSON report and ML000 agree."""
from __future__ import annotations

from pathlib import Path

import pytest

from pytest_mllens.analysis import Analysis
from pytest_mllens.config import Settings
from pytest_mllens.engine import enabled_checks
from pytest_mllens.filters import UnusedSuppression, check_selected, reports_unused_suppressions
from pytest_mllens.registry import load_registry
from pytest_mllens.report.json_report import json_report

REGISTRY = load_registry()
NAMES = sorted(REGISTRY.checks)
CHOICES = [
    ((), ()),
    (("hosting-imports-training",), ()),
    ((), ("ungated-deployment",)),
    (("hosting-imports-training", "ungated-deployment", "unused-suppression"), ("ungated-deployment",)),
    ((), ("unused-suppression",)),
    (("missing-drift-monitor",), ()),
]


@pytest.mark.parametrize(("select", "ignore"), CHOICES)
def test_engine_report_and_unused_suppressions_agree(select: tuple[str, ...], ignore: tuple[str, ...]) -> None:
    """For each select/ignore choice, the checks the engine runs, the checks the JSON report does
    not call disabled by select / ignore and whether ML000 reports are exactly those ``check_selected`` allows."""
    settings = Settings(select=select, ignore=ignore)
    wanted = {name for name in NAMES if check_selected(settings, name)}
    assert {*enabled_checks(REGISTRY, settings), *enabled_checks(REGISTRY, settings, runtime=True)} == wanted
    analysis = Analysis(root=Path("."), settings=settings, files=[], project=None, errors=[])
    rows = json_report(analysis, outcomes={}, registry=REGISTRY)["checks"]
    off = {row["name"] for row in rows if row["outcome"] == "disabled" and row["reason"].startswith("not enabled by [tool.mllens] select")}
    assert set(NAMES) - off == wanted
    assert reports_unused_suppressions(settings) == check_selected(settings, UnusedSuppression.name)
    assert reports_unused_suppressions(settings) == ((not select or "unused-suppression" in select) and "unused-suppression" not in ignore)


def test_select_then_ignore() -> None:
    """A check is enabled when ``select`` is empty or names it, and ``ignore`` does not."""
    assert check_selected(Settings(), "ungated-deployment")
    assert not check_selected(Settings(select=("hosting-imports-training",)), "ungated-deployment")
    assert not check_selected(Settings(select=("ungated-deployment",), ignore=("ungated-deployment",)), "ungated-deployment")
