"""A scoring script that only a notebook writes (``%%writefile score.py``) is hosting code, and
its role says which cell writes it: the file is not in the repository, so a reader who looks
for it on disk must be told where its code lives (huntB class K)."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry


def _notebook(*cells: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": c} for c in cells], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def _hosting_reasons(root: Path) -> dict[str, str]:
    registry = load_registry([])
    settings = parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    project = analyse(root, settings, registry).project
    assert project is not None
    return {path: r.reason for path, reasons in project.roles.items() for r in reasons if r.role == "hosting"}


SCORE = "%%writefile score.py\nimport json\nimport joblib\n\ndef init():\n    global model\n    model = joblib.load('model.pkl')\n\ndef run(raw):\n    return model.predict(json.loads(raw)['data']).tolist()\n"
DEPLOY = (
    "from azureml.core import Workspace\nfrom azureml.core.model import InferenceConfig, Model\nfrom azureml.core.webservice import AciWebservice\n"
    "ws = Workspace.from_config()\nconfig = InferenceConfig(entry_script='score.py', environment=None)\n"
    "service = Model.deploy(ws, 'churn', [Model(ws, 'churn')], config, AciWebservice.deploy_configuration())\n"
)


def test_a_written_scoring_script_names_the_cell_that_writes_it(tmp_path: Path) -> None:
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "deploy.ipynb").write_text(_notebook(SCORE, DEPLOY))
    reasons = _hosting_reasons(tmp_path)
    assert "notebooks/score.py" in reasons, reasons
    assert "written by notebooks/deploy.ipynb:cell 1" in reasons["notebooks/score.py"]


def test_a_scoring_script_kept_in_the_repository_says_nothing_of_a_notebook(tmp_path: Path) -> None:
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "score.py").write_text(SCORE.partition("\n")[2])
    (tmp_path / "notebooks" / "deploy.ipynb").write_text(_notebook(DEPLOY))
    reasons = _hosting_reasons(tmp_path)
    assert "notebooks/score.py" in reasons, reasons
    assert "written by" not in reasons["notebooks/score.py"]
