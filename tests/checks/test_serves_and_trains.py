"""A script-mode module that both serves and trains says how to split it (checks/hosting_imports_training.py)."""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry

REGISTRY = load_registry()

SCRIPT = """\
import argparse
import os

import joblib
from sklearn.ensemble import RandomForestRegressor


def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "model.joblib"))


def predict_fn(input_data, model):
    return model.predict(input_data)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR"))
    args = parser.parse_args()
    model = RandomForestRegressor(n_estimators=100).fit(X_train, y_train)
    joblib.dump(model, os.path.join(args.model_dir, "model.joblib"))
"""


def test_a_handler_module_that_trains_under_main_is_told_to_split(tmp_path: Path) -> None:
    """Training only under `if __name__ == "__main__"` still ships the training imports with the handlers: the finding says why and how to split."""
    (tmp_path / "script.py").write_text(SCRIPT, encoding="utf-8")
    settings = parse_settings({"cache": False}, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases, tmp_path)
    findings = [f for f in analyse(tmp_path, settings, REGISTRY).findings if f.check == "hosting-imports-training"]
    assert [(f.path, f.message) for f in findings] == [("script.py", "script both serves and trains: it is hosting and training code in one module")]
    assert any(line.startswith("split it: the server imports the whole module") and "__main__" in line for line in findings[0].evidence)
