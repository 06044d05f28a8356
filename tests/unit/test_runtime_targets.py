"""Runtime targets derived at analysis time: which statements are gates, what they protect,
and which calls set up monitoring; they survive detaching and nested-project merging."""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.model.runtime_targets import runtime_targets
from pytest_mllens.registry import load_registry
from pytest_mllens.testing import analyse_sources

RELEASE = (
    "import mlflow\n"  # 1
    "from mlflow import MlflowClient\n"  # 2
    "\n"  # 3
    "\n"  # 4
    "def require_quality(metrics):\n"  # 5
    "    if metrics['auc'] < 0.8:\n"  # 6
    "        raise ValueError(metrics)\n"  # 7
    "\n"  # 8
    "\n"  # 9
    "def good_enough(metrics):\n"  # 10
    "    return metrics['f1'] >= 0.7\n"  # 11
    "\n"  # 12
    "\n"  # 13
    "def promote(client: MlflowClient, version, metrics):\n"  # 14
    "    if metrics['auc'] >= 0.8:\n"  # 15
    "        client.set_registered_model_alias('churn', 'champion', version)\n"  # 16
    "\n"  # 17
    "\n"  # 18
    "def promote_checked(client: MlflowClient, version, metrics):\n"  # 19
    "    require_quality(metrics)\n"  # 20
    "    client.set_registered_model_alias('churn', 'champion', version)\n"  # 21
    "\n"  # 22
    "\n"  # 23
    "def promote_helper(client: MlflowClient, version, metrics):\n"  # 24
    "    if not good_enough(metrics):\n"  # 25
    "        return\n"  # 26
    "    client.set_registered_model_alias('churn', 'champion', version)\n"  # 27
    "\n"  # 28
    "\n"  # 29
    "def rollback(client: MlflowClient, version):\n"  # 30
    "    client.set_registered_model_alias('churn', 'champion', version)\n"  # 31
)
MONITOR = (
    "from evidently import Report\n"
    "from evidently.presets import DataDriftPreset\n"
    "\n"
    "def drift(reference, current):\n"
    "    report = Report([DataDriftPreset()])\n"
    "    return report.run(current_data=current, reference_data=reference)\n"
)


def test_gate_targets_cover_inline_helper_and_raising_helper_gates() -> None:
    """An inline `if`, a raising helper called before the release and an `if not helper()` exit are targets; an ungated release is none."""
    project, _ = analyse_sources({"release.py": RELEASE, "monitor.py": MONITOR})
    targets = runtime_targets(project)
    assert [(t.path, t.line, t.kind, t.protects, t.helper, t.scope) for t in targets.gates] == [
        ("release.py", 6, "exit", 6, "", "require_quality"),
        ("release.py", 15, "if", 16, "", "promote"),
        ("release.py", 25, "exit", 27, "release.good_enough", "promote_helper"),
    ]
    assert targets.gates[0].release == "client.set_registered_model_alias() at release.py:21"
    assert [(t.path, t.line, t.scope) for t in targets.monitors] == [("monitor.py", 5, "drift"), ("monitor.py", 6, "drift")]


def test_targets_travel_with_detached_and_nested_results(tmp_path: Path) -> None:
    """A detached analysis keeps the targets; a nested project's targets get its path prefix."""
    (tmp_path / "release.py").write_text(RELEASE, encoding="utf-8")
    registry = load_registry()
    settings = parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    analysis = analyse(tmp_path, settings, registry)
    assert analysis.detached().targets == analysis.targets and len(analysis.targets.gates) == 3
    assert analysis.targets.prefixed("svc/").gates[1].release == "client.set_registered_model_alias() at svc/release.py:16"
