"""ML003 exposure of a published model (roles14b): benchmarks/realworld/LABELLING.md counts "a
deploy/release call" as serving, so a registration or a hub push with no monitor anywhere is
reported; saving a file is not a release, and a deploy still anchors the finding first."""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry


def _ml003(root: Path) -> list[str]:
    registry = load_registry([])
    settings = parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    findings = analyse(root, settings, registry).findings
    return [f"{f.path}:{f.line} {' | '.join(f.evidence)}" for f in findings if f.check == "missing-drift-monitor"]


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


REGISTER = (
    "import mlflow\nfrom sklearn.linear_model import LogisticRegression\n\n"
    "def main(X, y):\n    with mlflow.start_run():\n        model = LogisticRegression().fit(X, y)\n"
    "        mlflow.sklearn.log_model(model, 'model', registered_model_name='churn')\n"
)
PUSH = (
    "from transformers import AutoModelForSequenceClassification, Trainer\n\n"
    "def main(args, data):\n    model = AutoModelForSequenceClassification.from_pretrained('bert-base-uncased')\n"
    "    trainer = Trainer(model=model, args=args, train_dataset=data)\n    trainer.train()\n    trainer.push_to_hub('acme/sentiment')\n"
)


# -- 1. a published model is exposed -----------------------------------------------------------
def test_a_model_registered_with_no_monitor_is_exposed(tmp_path: Path) -> None:
    _write(tmp_path, {"train.py": REGISTER})
    found = _ml003(tmp_path)
    assert found and found[0].startswith("train.py:7"), found
    assert "published through MLflow" in found[0] and "data drift" in found[0], found


def test_a_model_pushed_to_the_hub_with_no_monitor_is_exposed(tmp_path: Path) -> None:
    _write(tmp_path, {"train.py": PUSH})
    assert _ml003(tmp_path), "a push_to_hub release should make the project exposed"


def test_a_registered_model_with_a_drift_monitor_passes(tmp_path: Path) -> None:
    monitor = (
        "from evidently.report import Report\nfrom evidently.metric_preset import DataDriftPreset\n\n"
        "def check(reference, current):\n    report = Report(metrics=[DataDriftPreset()])\n"
        "    report.run(reference_data=reference, current_data=current)\n    return report\n"
    )
    _write(tmp_path, {"train.py": REGISTER, "monitor.py": monitor})
    assert _ml003(tmp_path) == []


def test_a_model_saved_to_a_file_only_is_not_exposed(tmp_path: Path) -> None:
    _write(tmp_path, {"train.py": "import joblib\nfrom sklearn.linear_model import LogisticRegression\n\ndef main(X, y):\n    joblib.dump(LogisticRegression().fit(X, y), 'model.joblib')\n"})
    assert _ml003(tmp_path) == []


def test_a_deploy_anchors_before_a_registration(tmp_path: Path) -> None:
    serve = "import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load('model.joblib')\n"
    _write(tmp_path, {"a_train.py": REGISTER, "serve.py": serve})
    found = _ml003(tmp_path)
    assert found and found[0].startswith("serve.py:"), found
