"""Notebooks through the engine and pytest: IPython forms analysed, a bad cell reported on its
own with the rest analysed, and max-file-size counting code, not outputs."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import Analysis, analyse
from pytest_mllens.facts.notebooks import read_notebook
from pytest_mllens.registry import load_registry

REGISTRY = load_registry()


def notebook(*cells: str | tuple[str, str], outputs: list[dict[str, Any]] | None = None) -> str:
    """nbformat 4 JSON as Jupyter writes it: source as a list of lines, outputs on code cells."""
    document = []
    for cell in cells:
        kind, source = cell if isinstance(cell, tuple) else ("code", cell)
        entry: dict[str, Any] = {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
        if kind == "code":
            entry.update(execution_count=None, outputs=outputs or [])
        document.append(entry)
    return json.dumps({"cells": document, "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def run(root: Path, files: dict[str, str], config: dict[str, Any] | None = None) -> Analysis:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    settings = parse_settings(config or {}, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases, root)
    return analyse(root, settings, REGISTRY)


VERTEX_NOTEBOOK = notebook(
    ("markdown", "# Churn model on Vertex AI\nTrain locally, upload, deploy."),
    "!pip install -q google-cloud-aiplatform \\\n    scikit-learn==1.4.2\n%load_ext autoreload\n%autoreload 2",
    "PROJECT_ID = !gcloud config get-value project\nfiles = %ls data\nREGION = 'europe-west4'",
    "%%writefile trainer/task.py\nimport argparse\nfrom sklearn.ensemble import RandomForestClassifier\nRandomForestClassifier().fit(X, y)\n",
    "%%bash\ngsutil cp model.joblib gs://acme-churn/models/\n",
    "%%time\nimport pandas as pd\nfrom sklearn.ensemble import GradientBoostingClassifier\nframe = pd.read_csv(files[0])\nclf = GradientBoostingClassifier(n_estimators=200).fit(frame.drop(columns='churn'), frame.churn)",
    "GradientBoostingClassifier?\nclf.predict_proba??\nget_ipython().run_line_magic('matplotlib', 'inline')",
    "from google.cloud import aiplatform\naiplatform.init(project=PROJECT_ID[0], location=REGION)\nmodel = aiplatform.Model.upload(display_name='churn', artifact_uri='gs://acme-churn/models/')\nendpoint = model.deploy(machine_type='n1-standard-4')",
)


def test_ipython_forms_keep_every_line_in_place() -> None:
    """Shell and magic assignments become IPython's own calls; other magics become pass; one output line per input line."""
    code = read_notebook(VERTEX_NOTEBOOK)
    lines = code.source.split("\n")
    assert code.problems == ()
    assert [number for _, number in code.cells] == [2, 3, 4, 5, 6, 7, 8]
    start = dict((number, first) for first, number in code.cells)
    assert lines[start[2] - 1 : start[2] + 3] == ["pass", "", "pass", "pass"]
    assert lines[start[3] - 1 : start[3] + 2] == [
        "PROJECT_ID = get_ipython().getoutput('gcloud config get-value project')",
        "files = get_ipython().run_line_magic('ls', 'data')",
        "REGION = 'europe-west4'",
    ]
    assert lines[start[4] - 1 : start[5] - 1] == ["", "", "", "", ""]  # %%writefile: not run by this notebook
    assert lines[start[6]] == "import pandas as pd"  # %%time: the body runs
    assert lines[start[7] - 1 : start[7] + 2] == ["pass", "pass", "get_ipython().run_line_magic('matplotlib', 'inline')"]


def test_notebook_with_ipython_forms_is_analysed_and_findings_land_in_their_cell(tmp_path: Path) -> None:
    """The whole notebook is analysed: the %%time cell trains, and the deploy in cell 8 is reported at its own line."""
    analysis = run(tmp_path, {"churn.ipynb": VERTEX_NOTEBOOK})
    assert analysis.errors == []
    assert "training" in {reason.role for reason in analysis.roles["churn.ipynb"]}
    ungated = [(f.cell, f.line) for f in analysis.results["ungated-deployment"].findings]
    assert (8, 4) in ungated


def test_a_cell_that_is_not_python_is_reported_alone_and_the_rest_analysed(tmp_path: Path) -> None:
    """Cell 3 has syntax errors on every line: it is an error entry `nb.ipynb[cell 3]`, and the deploy in cell 4 is still found."""
    text = notebook(
        "import mlflow\nfrom sklearn.linear_model import LogisticRegression",
        ("markdown", "## Fit"),
        "clf = LogisticRegression(max_iter=<N>).fit(X_train, y_train)\nscore = <metric>\nprint(<what>)",
        "mlflow.sklearn.log_model(clf, 'model', registered_model_name='churn')",
    )
    analysis = run(tmp_path, {"nb.ipynb": text})
    assert analysis.errors == [("nb.ipynb[cell 3]", "syntax error at line 1: invalid syntax; cell not analysed")]
    assert [(f.cell, f.line) for f in analysis.results["ungated-deployment"].findings] == [(4, 1)]
    assert not analysis.files[0].error


def test_cell_errors_are_listed_in_a_real_run(pytester: pytest.Pytester) -> None:
    """The terminal names the notebook and the cell that was left out."""
    (pytester.path / "explore.ipynb").write_text(notebook("import pandas as pd", "df = pd.read_csv('x.csv'\n"), encoding="utf-8")
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*explore.ipynb[[]cell 2[]]: syntax error at line 1: '(' was never closed; only line 1 of the cell left out*"])


def test_an_r_notebook_beside_the_code_does_not_fail_the_run(pytester: pytest.Pytester) -> None:
    """An R notebook is no broken Python: it is no error entry and mllens::analysis passes."""
    r_notebook = json.loads(notebook("library(xgboost)\nfit <- xgboost(data = train, nrounds = 50)"))
    r_notebook["metadata"] = {"kernelspec": {"name": "ir", "language": "R"}, "language_info": {"name": "R"}}
    (pytester.path / "eda.ipynb").write_text(json.dumps(r_notebook), encoding="utf-8")
    (pytester.path / "features.py").write_text("import pandas as pd\n\ndef load(path):\n    return pd.read_csv(path)\n", encoding="utf-8")
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=result.parseoutcomes().get("passed", 0))
    assert result.ret == 0
    assert "not analysed" not in result.stdout.str()


def test_max_file_size_counts_code_not_outputs(tmp_path: Path) -> None:
    """A notebook with a 1.5 MB image output and little code is analysed under a 1 MB limit; one with 1.2 MB of code is not."""
    image = {"output_type": "display_data", "data": {"image/png": base64.b64encode(bytes(1_100_000)).decode()}, "metadata": {}}
    small_code = notebook("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])", outputs=[image])
    big_code = notebook("\n".join(f"FEATURE_{i} = {i}" for i in range(80_000)))
    assert len(small_code) > 1_000_000 and len(big_code) > 1_000_000
    analysis = run(tmp_path, {"plots.ipynb": small_code, "generated.ipynb": big_code}, {"max-file-size": 1_000_000})
    assert [path for path, _ in analysis.errors] == ["generated.ipynb"]
    assert analysis.errors[0][1].startswith("notebook code is ") and analysis.errors[0][1].endswith("over max-file-size (1000000); not analysed")


def test_lowering_max_file_size_applies_to_a_cached_notebook(pytester: pytest.Pytester) -> None:
    """Facts cached under a larger limit are not reused for a notebook whose code is over the new one."""
    (pytester.path / "nb.ipynb").write_text(notebook("\n".join(f"THRESHOLD_{i} = 0.{i:04d}" for i in range(3_000))), encoding="utf-8")
    (pytester.path / "pyproject.toml").write_text("[tool.mllens]\nmax-file-size = 1000000\n", encoding="utf-8")
    assert "not analysed" not in pytester.runpytest("--mllens-only").stdout.str()
    (pytester.path / "pyproject.toml").write_text("[tool.mllens]\nmax-file-size = 50000\n", encoding="utf-8")
    pytester.runpytest("--mllens-only").stdout.fnmatch_lines(["*not analysed: nb.ipynb: notebook code is * bytes, over max-file-size (50000); not analysed*"])


def test_json_report_places_a_notebook_finding_by_its_cell(pytester: pytest.Pytester) -> None:
    """A consumer of the JSON report gets the cell as a number (schema 3), with ``line`` the line
    within that cell, and a finding in a plain module has no ``cell`` key."""
    (pytester.path / "deploy.ipynb").write_text(VERTEX_NOTEBOOK, encoding="utf-8")
    pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", "json:lens.json")
    report = json.loads((pytester.path / "lens.json").read_text(encoding="utf-8"))
    assert report["schema_version"] == 3
    deploy = next(f for f in report["findings"] if f["check"] == "ML002" and "deploy()" in f["message"])
    assert (deploy["cell"], deploy["line"]) == (8, 4)  # the markdown cell counts: Jupyter's numbering
    assert deploy["evidence"][0] == "notebook cell 8, line 4 of the cell"
    (pytester.path / "deploy.ipynb").unlink()
    (pytester.path / "release.py").write_text("from google.cloud import aiplatform\n\naiplatform.Model.upload(display_name='churn', artifact_uri='gs://acme/m/').deploy()\n", encoding="utf-8")
    pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", "json:lens.json")
    report = json.loads((pytester.path / "lens.json").read_text(encoding="utf-8"))
    assert report["findings"] and all("cell" not in f for f in report["findings"])


def test_an_nbformat_3_notebook_is_read_like_a_current_one(tmp_path: Path) -> None:
    """IPython 2 notebooks (``worksheets``, code in ``input``) are analysed, cells numbered as in
    the file, instead of failing the run as "not a notebook"."""
    old = {
        "nbformat": 3,
        "nbformat_minor": 0,
        "metadata": {"name": "deploy"},
        "worksheets": [
            {
                "cells": [
                    {"cell_type": "heading", "level": 1, "metadata": {}, "source": ["Deploy the churn model"]},
                    {"cell_type": "code", "collapsed": False, "input": ["from google.cloud import aiplatform\n", "model = aiplatform.Model.upload(display_name='churn', artifact_uri='gs://acme/m/')"], "language": "python", "metadata": {}, "outputs": []},
                    {"cell_type": "code", "collapsed": False, "input": "endpoint = model.deploy(machine_type='n1-standard-4')", "language": "python", "metadata": {}, "outputs": []},
                ]
            }
        ],
    }
    code = read_notebook(json.dumps(old))
    assert [number for _, number in code.cells] == [2, 3]
    analysis = run(tmp_path, {"deploy.ipynb": json.dumps(old)})
    assert not analysis.errors
    findings = [f for f in analysis.results["ungated-deployment"].findings if "deploy()" in f.message]
    assert [(f.cell, f.line) for f in findings] == [(3, 1)]
