"""Scripts written by %%writefile cells through the engine: errors name the notebook cell, the committed
file wins, excludes apply, the JSON report keeps the notebook as path, and the cache follows the notebook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import Analysis, analyse
from pytest_mllens.facts.cache import Cache, package_salt
from pytest_mllens.registry import load_registry
from pytest_mllens.report.json_report import json_report

REGISTRY = load_registry()
SECRET = b"k" * 32


def notebook(*cells: str) -> str:
    document = [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": c.splitlines(keepends=True)} for c in cells]
    return json.dumps({"cells": document, "metadata": {"kernelspec": {"name": "python3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5})


def run(root: Path, files: dict[str, str], config: dict[str, Any] | None = None, cache: Cache | None = None) -> Analysis:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    settings = parse_settings(config or {}, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases, root)
    return analyse(root, settings, REGISTRY, cache=cache)


SCORE = "%%writefile serve/score.py\nimport joblib\nfrom train import fit\n\ndef init():\n    global model\n    model = joblib.load('model.joblib')\n\ndef run(raw):\n    return model.predict(raw).tolist()\n"
TRAIN = "%%writefile serve/train.py\nfrom sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n"
DEPLOY = "%%writefile deploy.py\nfrom azureml.core import Workspace\nfrom azureml.core.model import InferenceConfig, Model\n\nws = Workspace.from_config()\nModel.deploy(ws, 'svc', [Model(ws, 'm')], InferenceConfig(entry_script='serve/score.py'))\n"


def test_findings_and_roles_in_written_scripts_are_reported_in_the_notebook(tmp_path: Path) -> None:
    """A finding in a written script has the notebook as path, the cell and the line of the cell; the module row names the written path."""
    analysis = run(tmp_path, {"nb/deploy.ipynb": notebook("import os", SCORE.replace("serve/", "../serve/"), TRAIN.replace("serve/", "../serve/"))})
    assert analysis.errors == []
    (finding,) = [f for f in analysis.findings if f.check == "hosting-imports-training"]
    assert (finding.path, finding.cell, finding.line) == ("nb/deploy.ipynb", 2, 3)
    assert "serve/score.py is not in the repository: cell 2 of nb/deploy.ipynb writes it (%%writefile ../serve/score.py)" in finding.evidence
    report = json_report(analysis)
    assert {m["written_to"]: m["path"] for m in report["modules"] if "written_to" in m} == {"serve/score.py": "nb/deploy.ipynb", "serve/train.py": "nb/deploy.ipynb"}
    assert all(f["path"] == "nb/deploy.ipynb" for f in report["findings"])


def test_a_release_in_a_script_the_notebook_runs_is_on_the_notebook_path(tmp_path: Path) -> None:
    """`!python deploy.py` makes the notebook the runner of the written deploy script; the release row keeps the notebook as path."""
    analysis = run(tmp_path, {"deploy.ipynb": notebook(DEPLOY, "!python deploy.py")})
    (finding,) = [f for f in analysis.findings if f.check == "ungated-deployment"]
    assert (finding.path, finding.cell, finding.line) == ("deploy.ipynb", 1, 6)
    assert any("runs deploy.py (deploy.ipynb:cell 2:1)" in line for line in finding.evidence)
    (release,) = json_report(analysis)["releases"]
    assert (release["path"], release["line"], release["cell"], release["written_to"]) == ("deploy.ipynb", 6, 1, "deploy.py")


def test_a_syntax_error_in_a_written_script_is_an_error_entry_naming_the_cell(tmp_path: Path) -> None:
    """The broken script is listed as notebook[cell N] with its line in that cell; the notebook and other scripts are analysed."""
    broken = "%%writefile train.py\nimport torch\ndef fit(:\n    pass\n"
    analysis = run(tmp_path, {"nb.ipynb": notebook("x = 1", broken, DEPLOY)})
    assert analysis.errors == [("nb.ipynb[cell 2]", "%%writefile train.py: syntax error at line 3 of cell 2: invalid syntax")]
    assert any(f.check == "ungated-deployment" and f.cell == 3 for f in analysis.findings)


def test_a_committed_or_excluded_file_wins_over_the_cell(tmp_path: Path) -> None:
    """Where the repository holds the file, or the project excludes the path, the cell is not analysed as that file."""
    files = {"deploy.ipynb": notebook(SCORE, TRAIN), "serve/score.py": "import joblib\n\ndef init():\n    pass\n\ndef run(raw):\n    return raw\n"}
    analysis = run(tmp_path, files)
    assert not [f for f in analysis.findings if f.check == "hosting-imports-training"]
    assert {f.path for f in analysis.files if f.origin} == {"serve/train.py"}
    excluded = run(tmp_path / "other", {"deploy.ipynb": notebook(SCORE, TRAIN)}, {"extend-exclude": ["serve"]})
    assert [f for f in excluded.files if f.origin] == []


def test_written_scripts_follow_their_notebook_through_the_cache(tmp_path: Path) -> None:
    """A warm run gives the same findings; editing the notebook's cell changes them."""
    root = tmp_path / "project"
    cache = tmp_path / "cache"
    files = {"deploy.ipynb": notebook(SCORE, TRAIN)}
    cold = run(root, files, cache=Cache(cache, package_salt(), secret=SECRET))
    warm = run(root, {}, cache=Cache(cache, package_salt(), secret=SECRET))
    assert warm.findings == cold.findings and any(f.check == "hosting-imports-training" for f in warm.findings)
    fixed = run(root, {"deploy.ipynb": notebook(SCORE.replace("from train import fit\n", "\n"), TRAIN)}, cache=Cache(cache, package_salt(), secret=SECRET))
    assert not [f for f in fixed.findings if f.check == "hosting-imports-training"]


def test_an_undecodable_writefile_cell_is_reported_not_raised(tmp_path: Path) -> None:
    """A lone surrogate in a %%writefile cell makes the notebook an error entry, never a crash."""
    text = notebook("x = 1", "%%writefile a.py\nprint(1)\n").replace("print(1)", "print('\\ud800')")
    analysis = run(tmp_path, {"nb.ipynb": text})
    assert [path for path, _ in analysis.errors] == ["nb.ipynb"]


def test_a_suppression_comment_in_a_written_script_applies_to_it(tmp_path: Path) -> None:
    """`# mllens: ignore[ML002] because ...` on the release line of a %%writefile cell suppresses that finding, located in the notebook."""
    suppressed = DEPLOY.replace("InferenceConfig(entry_script='serve/score.py'))", "InferenceConfig(entry_script='serve/score.py'))  # mllens: ignore[ML002] because the sandbox workspace")
    analysis = run(tmp_path, {"deploy.ipynb": notebook(suppressed, "!python deploy.py")})
    result = analysis.results["ungated-deployment"]
    assert result.findings == ()
    ((finding, how),) = [(s.finding, s.how) for s in result.suppressed]
    assert (finding.path, finding.cell, finding.line, how) == ("deploy.ipynb", 1, 6, "inline")
    assert "unused-suppression" not in analysis.results or analysis.results["unused-suppression"].findings == ()


def test_a_suppression_reason_in_a_written_script_is_read_from_the_notebook(tmp_path: Path) -> None:
    """With require-suppression-reason, the `because ...` of a comment in a %%writefile cell is found, so the suppression holds."""
    suppressed = DEPLOY.replace("InferenceConfig(entry_script='serve/score.py'))", "InferenceConfig(entry_script='serve/score.py'))  # mllens: ignore[ML002] because the sandbox workspace")
    analysis = run(tmp_path, {"deploy.ipynb": notebook("import os", suppressed, "!python deploy.py")}, {"require-suppression-reason": True})
    ((suppression,),) = [analysis.results["ungated-deployment"].suppressed]
    assert (suppression.finding.cell, suppression.reason) == (2, "the sandbox workspace")
