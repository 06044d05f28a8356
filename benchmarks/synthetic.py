"""A synthetic ML monorepo of any size, for benchmarks.

The tree looks like a platform team's repository: one package ``acme_ml`` with
``features``, ``training``, ``evaluation``, ``serving``, ``pipelines`` and ``utils``
sub-packages, plus ``notebooks/``. Proportions and imports follow real repositories:
most files are feature and utility code; training imports features, utilities and
evaluation; serving imports features and utilities (never training); pipelines import
training and evaluation. Files are 2-6 KB of ordinary code, deterministic for a seed.

    python benchmarks/synthetic.py OUT_DIR [--files 2000]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

__all__ = ["build"]

SHARE = (("features", 0.30), ("utils", 0.20), ("training", 0.15), ("evaluation", 0.12), ("serving", 0.10), ("pipelines", 0.10), ("notebooks", 0.03))
IMPORTS = {
    "features": ("features", "utils"),
    "utils": ("utils",),
    "training": ("features", "utils", "evaluation"),
    "evaluation": ("features", "utils"),
    "serving": ("features", "utils"),
    "pipelines": ("training", "evaluation", "utils"),
}

HEADERS = {
    "features": "import numpy as np\nimport pandas as pd\n",
    "utils": "import json\nimport logging\nimport os\nfrom pathlib import Path\n",
    "training": "import joblib\nimport mlflow\nfrom sklearn.ensemble import GradientBoostingClassifier\nfrom sklearn.model_selection import train_test_split\n",
    "evaluation": "import numpy as np\nfrom sklearn.metrics import f1_score, roc_auc_score\n",
    "serving": "import joblib\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\n",
    "pipelines": "from sagemaker.workflow.pipeline import Pipeline\nfrom sagemaker.workflow.steps import ProcessingStep, TrainingStep\n",
}

FEATURE_FN = '''

def {name}(frame: pd.DataFrame, window: int = {window}) -> pd.DataFrame:
    """Rolling aggregates of {column} over the last {window} events per customer."""
    grouped = frame.sort_values("event_time").groupby("customer_id")["{column}"]
    out = pd.DataFrame(index=frame.index)
    out["{column}_mean_{window}"] = grouped.transform(lambda s: s.rolling(window, min_periods=1).mean())
    out["{column}_std_{window}"] = grouped.transform(lambda s: s.rolling(window, min_periods=1).std().fillna(0.0))
    out["{column}_max_{window}"] = grouped.transform(lambda s: s.rolling(window, min_periods=1).max())
    out["{column}_log"] = np.log1p(frame["{column}"].clip(lower=0))
    if out.isna().any().any():
        out = out.fillna({{c: 0.0 for c in out.columns}})
    return out
'''

UTIL_FN = '''

def {name}(path: str | Path, default: dict | None = None) -> dict:
    """Read a JSON settings file, falling back to defaults when it is missing."""
    location = Path(path)
    if not location.exists():
        logging.getLogger(__name__).warning("settings %s missing, using defaults", location)
        return dict(default or {{}})
    with location.open(encoding="utf-8") as handle:
        data = json.load(handle)
    for key, value in (default or {{}}).items():
        data.setdefault(key, value)
    data["{column}"] = os.environ.get("{env}", data.get("{column}"))
    return data
'''

TRAIN_FN = '''

def {name}(frame, target: str = "churned", seed: int = {window}):
    """Fit the {column} model and log it to MLflow."""
    features = frame.drop(columns=[target])
    x_train, x_valid, y_train, y_valid = train_test_split(features, frame[target], test_size=0.2, random_state=seed)
    model = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=4)
    model.fit(x_train, y_train)
    with mlflow.start_run(run_name="{column}"):
        mlflow.log_params(model.get_params())
        mlflow.log_metric("valid_rows", len(x_valid))
    joblib.dump(model, "/opt/ml/model/{column}.joblib")
    return model, (x_valid, y_valid)
'''

EVAL_FN = '''

def {name}(model, x_valid, y_valid, threshold: float = 0.{window}) -> dict:
    """Score a fitted model on the validation split ({column})."""
    scores = model.predict_proba(x_valid)[:, 1]
    labels = (scores >= threshold).astype(int)
    report = {{"auc": float(roc_auc_score(y_valid, scores)), "f1": float(f1_score(y_valid, labels))}}
    report["positive_rate"] = float(np.mean(labels))
    return report
'''

SERVE_FN = '''


class {cls}Request(BaseModel):
    customer_id: str
    {column}: float
    tenure_months: int = 0


@app.post("/{column}/predict")
def {name}(request: {cls}Request) -> dict:
    """Score one customer for {column}."""
    row = [[request.{column}, request.tenure_months]]
    probability = float(MODEL.predict_proba(row)[0, 1])
    return {{"customer_id": request.customer_id, "score": probability, "model": MODEL_VERSION}}
'''

PIPELINE_FN = '''

def {name}(role: str, bucket: str, session=None) -> Pipeline:
    """The {column} training pipeline: preprocess then train."""
    preprocess = ProcessingStep(name="Preprocess{cls}", processor=None, code="preprocess.py")
    train = TrainingStep(name="Train{cls}", estimator=None, depends_on=[preprocess])
    return Pipeline(name="{column}-pipeline", steps=[preprocess, train], sagemaker_session=session)
'''

BODIES = {"features": FEATURE_FN, "utils": UTIL_FN, "training": TRAIN_FN, "evaluation": EVAL_FN, "serving": SERVE_FN, "pipelines": PIPELINE_FN}
COLUMNS = ("monthly_charges", "tenure", "support_calls", "data_usage", "late_payments", "plan_changes", "logins", "refunds")


def build(target: Path, files: int = 2000, seed: int = 7) -> list[Path]:
    """Write the repository under ``target``; return the paths written, in order."""
    rng = random.Random(seed)
    counts = {kind: max(1, int(files * share)) for kind, share in SHARE}
    counts["features"] += files - sum(counts.values())
    package = target / "acme_ml"
    modules: dict[str, list[str]] = {}
    written: list[Path] = []
    for kind, count in counts.items():
        if kind == "notebooks":
            continue
        directory = package / kind
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "__init__.py").write_text(f'"""{kind} code."""\n', encoding="utf-8")
        written.append(directory / "__init__.py")
        modules[kind] = [f"{kind}_{index:05d}" for index in range(count - 1)]
    (package / "__init__.py").write_text('"""Acme ML platform."""\n', encoding="utf-8")
    written.append(package / "__init__.py")
    for kind, names in modules.items():
        for name in names:
            path = package / kind / f"{name}.py"
            path.write_text(_module(rng, kind, modules), encoding="utf-8")
            written.append(path)
    notebooks = target / "notebooks"
    notebooks.mkdir(exist_ok=True)
    for index in range(counts["notebooks"]):
        path = notebooks / f"explore_{index:04d}.ipynb"
        path.write_text(_notebook(rng, modules), encoding="utf-8")
        written.append(path)
    (target / "pyproject.toml").write_text('[project]\nname = "acme-ml"\nversion = "0"\n\n[tool.pytest.ini_options]\n', encoding="utf-8")
    (target / ".importlinter").write_text(
        "[importlinter]\nroot_package = acme_ml\n\n[importlinter:contract:serving-not-training]\n"
        "name = Serving must not import training\ntype = forbidden\nsource_modules =\n    acme_ml.serving\n"
        "forbidden_modules =\n    acme_ml.training\n",
        encoding="utf-8",
    )
    return written


def _module(rng: random.Random, kind: str, modules: dict[str, list[str]]) -> str:
    lines = [f'"""{kind.title()} module generated for benchmarks."""\n\nfrom __future__ import annotations\n\n', HEADERS[kind]]
    for other in rng.sample(IMPORTS[kind], k=len(IMPORTS[kind])):
        for name in rng.sample(modules[other], k=min(2, len(modules[other]))):
            lines.append(f"from acme_ml.{other}.{name} import *  # noqa: F403\n" if rng.random() < 0.05 else f"from acme_ml.{other} import {name}\n")
    if kind == "serving":
        lines.append('\napp = FastAPI(title="scoring")\nMODEL = joblib.load("/opt/ml/model/model.joblib")\nMODEL_VERSION = "2024-06-01"\n')
    for index in range(rng.randint(3, 9)):
        column = rng.choice(COLUMNS)
        lines.append(
            BODIES[kind].format(
                name=f"{kind[:5]}_{column}_{index}",
                cls=f"{column.title().replace('_', '')}{index}",
                column=column,
                window=rng.randint(3, 60),
                env=f"ACME_{column.upper()}",
            )
        )
    return "".join(lines)


def _notebook(rng: random.Random, modules: dict[str, list[str]]) -> str:
    cells = [
        "%matplotlib inline\nimport pandas as pd\nfrom acme_ml.features import " + rng.choice(modules["features"]),
        "!pip install -q lightgbm\nframe = pd.read_parquet('s3://acme/churn/latest.parquet')\nframe.describe()",
        "from acme_ml.evaluation import " + rng.choice(modules["evaluation"]) + "\nframe.groupby('plan')['churned'].mean().plot.bar()",
    ]
    document = {
        "cells": [{"cell_type": "code", "metadata": {}, "source": source, "outputs": [], "execution_count": None} for source in cells],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(document, indent=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    paths = build(args.out, args.files)
    print(f"{len(paths)} files, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB under {args.out}")


if __name__ == "__main__":
    main()
