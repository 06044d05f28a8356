"""The default exclusions leave out what is not the project's own code."""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_mllens.config import DEFAULT_EXCLUDE
from pytest_mllens.facts.discovery import discover


@pytest.mark.parametrize("store", ["mlruns/0/5f1c/artifacts/model/code", "mlartifacts/2015/0e37/artifacts/embedder/code", "wandb/run-20240101_120000-ab12/files/code"])
def test_experiment_tracker_copies_of_the_code_are_not_analysed(tmp_path: Path, store: str) -> None:
    """MLflow and W&B store copies of the project's code beside each logged model or run; only the original is analysed."""
    for folder in ("src", f"{store}/src"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "train.py").write_text("from sklearn.linear_model import LogisticRegression\n", encoding="utf-8")
    files, problems = discover(tmp_path, DEFAULT_EXCLUDE, ["."], notebooks=True)
    assert [f.path for f in files] == ["src/train.py"]
    assert problems == []


def test_the_code_copy_inside_a_saved_mlflow_model_is_not_analysed(tmp_path: Path) -> None:
    """A model folder downloaded beside the app (`MLmodel`, `model.pkl`, `code/`) holds a copy of the training code; a `code/` folder elsewhere is the project's own."""
    (tmp_path / "api/model_dir/code/src").mkdir(parents=True)
    (tmp_path / "api/model_dir/MLmodel").write_text("flavors:\n  python_function: {}\n", encoding="utf-8")
    (tmp_path / "api/model_dir/code/src/model.py").write_text("import sklearn\n", encoding="utf-8")
    (tmp_path / "api/app.py").write_text("import flask\n", encoding="utf-8")
    (tmp_path / "code").mkdir()
    (tmp_path / "code/train.py").write_text("import sklearn\n", encoding="utf-8")
    files, _ = discover(tmp_path, DEFAULT_EXCLUDE, ["."], notebooks=True)
    assert [f.path for f in files] == ["api/app.py", "code/train.py"]
