"""Suppression governance in the engine's filter stage: reasons kept, refusals explained."""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry

PROJECT = {
    "ml/train.py": "from sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n",
    "serve/app.py": "from fastapi import FastAPI\nfrom ml.train import fit  # mllens: ignore[ML001] because moving out next sprint\n\napp = FastAPI()\n",
    "serve/other.py": "# mllens: ignore-file[hosting-imports-training] because legacy batch scorer\nfrom flask import Flask\nfrom ml.train import fit\n\napi = Flask(__name__)\n",
}


def _run(tmp_path: Path, table: dict) -> dict:
    for path, text in PROJECT.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    registry = load_registry()
    settings = parse_settings(table, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    return analyse(tmp_path, settings, registry).results


def test_reasons_of_line_and_file_suppressions_are_kept(tmp_path: Path) -> None:
    """Suppressed findings stay in the result with how they were suppressed and why."""
    result = _run(tmp_path, {})["hosting-imports-training"]
    assert result.findings == ()
    assert sorted((s.finding.path, s.how, s.reason) for s in result.suppressed) == [
        ("serve/app.py", "inline", "moving out next sprint"),
        ("serve/other.py", "file", "legacy batch scorer"),
    ]


def test_unsuppressible_check_ignores_comments_and_per_file_ignores(tmp_path: Path) -> None:
    """An unsuppressible check's findings stand, each saying why its suppression was refused."""
    results = _run(tmp_path, {"unsuppressible": ["ML001"], "per-file-ignores": {"serve/*": ["ML001"]}})
    findings = results["hosting-imports-training"].findings
    assert len(findings) == 2 and not results["hosting-imports-training"].suppressed
    assert all("not suppressed: hosting-imports-training is unsuppressible" in f.evidence[-1] for f in findings)
    assert not results["unused-suppression"].findings  # a refused suppression is not also "unused"


def test_required_reason_refuses_only_bare_comments(tmp_path: Path) -> None:
    """With require-suppression-reason, comments with a reason still suppress; a bare one does not."""
    PROJECT_BARE = PROJECT["serve/app.py"].replace(" because moving out next sprint", "")
    (tmp_path / "serve").mkdir(parents=True, exist_ok=True)
    results = _run(tmp_path, {"require-suppression-reason": True})
    assert not results["hosting-imports-training"].findings
    (tmp_path / "serve/app.py").write_text(PROJECT_BARE, encoding="utf-8")
    registry = load_registry()
    settings = parse_settings({"require-suppression-reason": True}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    (finding,) = analyse(tmp_path, settings, registry).results["hosting-imports-training"].findings
    assert finding.path == "serve/app.py" and "require-suppression-reason is on" in finding.evidence[-1]
