"""Shared fixtures for the pytester-driven tests: a small project with one violation per check."""

from __future__ import annotations

from collections.abc import Callable

import pytest

BAD_PROJECT = {
    "pyproject.toml": "[tool.mllens]\n",
    "ml/train.py": (
        "from sklearn.ensemble import RandomForestClassifier\n"
        "import mlflow.sklearn\n"
        "\n"
        "def train(X, y):\n"
        "    clf = RandomForestClassifier(n_estimators=300).fit(X, y)\n"
        "    mlflow.sklearn.log_model(clf, 'model', registered_model_name='churn')\n"
    ),
    "serve/app.py": "from fastapi import FastAPI\nfrom ml.train import train\n\napp = FastAPI()\n",
}


@pytest.fixture
def write_files(pytester: pytest.Pytester) -> Callable[[dict[str, str]], None]:
    """Write ``{relative path: text}`` under the pytester directory."""

    def write(files: dict[str, str]) -> None:
        for path, source in files.items():
            target = pytester.path / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(source, encoding="utf-8")

    return write


@pytest.fixture
def bad_project() -> dict[str, str]:
    """Violates ML001, ML002 and ML003 once each (serve/app.py imports ml/train.py)."""
    return dict(BAD_PROJECT)
