"""CI job order joins the release flow without revoking the order of Databricks jobs."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry

FRAMEWORKS = Path(__file__).resolve().parents[1] / "frameworks"


def _ungated(root: Path) -> list[tuple[str, int]]:
    registry = load_registry()
    settings = parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    analysis = analyse(root, settings, registry)
    return sorted((f.path, f.line) for f in analysis.findings if f.check == "ungated-deployment")


def test_a_hand_run_of_a_job_script_keeps_the_jobs_gate(tmp_path: Path) -> None:
    """A Makefile target that runs the promote notebook by hand does not undo the bundle's evaluate -> promote order."""
    shutil.copytree(FRAMEWORKS / "gate_databricks_job_good", tmp_path / "project")
    root = tmp_path / "project"
    (root / "expected.toml").unlink()
    (root / "Makefile").write_text("promote-local:\n\tpython notebooks/train.py && python notebooks/promote.py\n", encoding="utf-8")
    assert _ungated(root) == []


def test_a_workflow_without_evaluation_leaves_the_release_ungated(tmp_path: Path) -> None:
    """A GitHub workflow that trains then deploys, with no evaluation between, gates nothing."""
    shutil.copytree(FRAMEWORKS / "gate_github_actions_good", tmp_path / "project")
    root = tmp_path / "project"
    (root / "expected.toml").unlink()
    workflow = root / ".github" / "workflows" / "retrain.yml"
    text = workflow.read_text(encoding="utf-8").replace("needs: [train, evaluate]", "needs: [train]")
    workflow.write_text(text, encoding="utf-8")
    assert _ungated(root) == [("src/churn/deploy.py", 15), ("src/churn/deploy.py", 16)]
