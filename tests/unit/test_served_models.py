"""model/roles/served_models.py and the ML003 anchor: which hosting modules expose a model, and where the one project finding points."""

from __future__ import annotations

from pytest_mllens import Example
from pytest_mllens.checks.missing_drift_monitor import MissingDriftMonitor
from pytest_mllens.model.roles.monitoring import exposures
from pytest_mllens.testing import analyse_sources, example_findings

HEALTH = "from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {'ok': True}\n"
THIN_APP = "from fastapi import FastAPI\nfrom scoring import score\n\napp = FastAPI()\n\n@app.post('/score')\ndef route(rows: list):\n    return score(rows)\n"
SCORING = "import joblib\n\ndef score(rows):\n    return joblib.load('model.joblib').predict(rows).tolist()\n"
DEPLOY = (
    "from sagemaker.model_monitor import DataCaptureConfig\n\n"
    "def release(model, auc):\n"
    "    if auc < 0.8:\n        raise SystemExit('below the bar')\n"
    "    model.deploy(initial_instance_count=1, instance_type='ml.m5.large', data_capture_config=DataCaptureConfig(enable_capture=True, destination_s3_uri='s3://b/c'))\n"
)


def _ranked(files: dict[str, str]) -> list[tuple[int, str]]:
    project, _ = analyse_sources(files)
    return [(e.rank, f"{e.path}:{e.line}") for e in exposures(project)]


def _anchor(files: dict[str, str]) -> str:
    [finding] = [f for f in example_findings(MissingDriftMonitor, Example("anchor", files)) if f.project_wide]
    return f"{finding.path}:{finding.line}"


def test_a_web_app_with_no_model_behind_it_exposes_nothing() -> None:
    """A health-check app is hosting code but no exposure; the same app importing a module that loads a model is one."""
    assert _ranked({"ops/health.py": HEALTH}) == []
    assert _ranked({"api.py": THIN_APP, "scoring.py": SCORING}) == [(1, "api.py:4")]


def test_the_project_finding_points_at_the_clearest_exposure_whatever_sorts_first() -> None:
    """A deploy call outranks an app whose model is loaded elsewhere, though the app's path sorts first."""
    files = {"api.py": THIN_APP, "scoring.py": SCORING, "release/deploy.py": DEPLOY}
    assert _ranked(files) == [(1, "api.py:4"), (0, "release/deploy.py:6")]
    assert _anchor(files) == "release/deploy.py:6"
    assert _anchor({**files, "app/health.py": HEALTH}) == "release/deploy.py:6"
