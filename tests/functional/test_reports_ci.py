"""CI outputs read back from real pytest runs: SARIF (schema-valid), GitHub annotations,
concise lines, the pillar summary, --mllens-list / --mllens-explain, baselines and
suppression governance. Every one is rendered from the same finding records."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

Files = dict[str, str]
Write = Callable[[Files], None]
SCHEMA = Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json"

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")


def _sarif(path: Path) -> dict:
    document = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(document)
    return document


def test_sarif_report_is_schema_valid_with_rules_locations_and_suppressions(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A SARIF report validates against the official 2.1.0 schema, has one rule per check with its
    lens references and a result per finding, suppressed ones marked with their reason."""
    bad_project["ml/train.py"] = bad_project["ml/train.py"].replace(
        "registered_model_name='churn')", "registered_model_name='churn')  # mllens: ignore[ML002] because gated by the release board"
    )
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", "sarif:out/lens.sarif")
    result.assert_outcomes(failed=2, passed=2)  # ML002 suppressed; ML000 finds the suppression used
    run = _sarif(pytester.path / "out" / "lens.sarif")["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert {"ML001", "ML002", "ML003"} <= set(rules)
    assert "MLREL01-BP02" in rules["ML001"]["properties"]["lens-practices"]
    assert rules["ML001"]["helpUri"].startswith("https://docs.aws.amazon.com/")
    by_rule = {r["ruleId"]: r for r in run["results"]}
    location = by_rule["ML001"]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "serve/app.py", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 2, "startColumn": 1}
    assert by_rule["ML002"]["suppressions"] == [{"kind": "inSource", "status": "accepted", "justification": "gated by the release board"}]
    assert "suppressions" not in by_rule["ML001"]
    assert all(r["partialFingerprints"]["mllensFingerprint/v1"] for r in run["results"])


def test_sarif_names_the_notebook_cell_and_reports_unanalysed_files(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A notebook finding points at the notebook (line within the cell, cell named); a file that
    could not be analysed is a tool notification, so the run is not mistaken for clean."""
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# serve"]},
        {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": ["from fastapi import FastAPI\n", "from ml.train import train\n", "app = FastAPI()\n"]},
    ]
    bad_project.pop("serve/app.py")
    bad_project["serve/app.ipynb"] = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    bad_project["broken.py"] = "def (:\n"
    bad_project["pyproject.toml"] = "[tool.mllens]\nunanalysed = 'warn'\n"
    write_files(bad_project)
    pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", "sarif:lens.sarif")
    run = _sarif(pytester.path / "lens.sarif")["runs"][0]
    (notebook,) = [r for r in run["results"] if r["ruleId"] == "ML001"]
    assert notebook["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "serve/app.ipynb"
    assert notebook["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert notebook["locations"][0]["logicalLocations"] == [{"name": "cell 2", "kind": "notebookCell"}]
    assert "notebook cell 2" in notebook["message"]["text"]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert any("broken.py" in json.dumps(n) for n in invocation["toolExecutionNotifications"])


def test_github_annotations_only_under_actions_and_escaped(pytester: pytest.Pytester, write_files: Write, bad_project: Files, monkeypatch: pytest.MonkeyPatch) -> None:
    """With GITHUB_ACTIONS=true each finding is one escaped ::error workflow command; the option
    and the key turn them off."""
    write_files(bad_project)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert "::error" not in pytester.runpytest("--mllens-only", "-p", "no:cacheprovider").stdout.str()
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--tb=no")
    lines = [line for line in result.stdout.lines if line.startswith("::")]
    assert len(lines) == 3
    result.stdout.fnmatch_lines(["::error file=serve/app.py,line=2,col=1,title=ML001 hosting-imports-training::hosting module serve.app imports training code ml.train%0A*"])
    assert all("\r" not in line for line in lines)
    assert "::error" not in pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-no-annotations").stdout.str()
    bad_project["pyproject.toml"] = "[tool.mllens]\ngithub-annotations = false\n"
    write_files(bad_project)
    assert "::error" not in pytester.runpytest("--mllens-only", "-p", "no:cacheprovider").stdout.str()


def test_concise_output_prints_one_line_per_finding_even_with_tb_no(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """--mllens-output concise (or `output = "concise"`) prints each finding once as path:line:col: ID message."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--tb=no", "--mllens-output", "concise")
    result.stdout.fnmatch_lines(["serve/app.py:2:1: ML001 hosting module serve.app imports training code ml.train"])
    assert "import chain:" not in result.stdout.str()
    bad_project["pyproject.toml"] = "[tool.mllens]\noutput = 'concise'\n"
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["serve/app.py:2:1: ML001 hosting module serve.app imports training code ml.train"])
    assert "fix:" not in result.stdout.str()
    assert result.stdout.lines.count("serve/app.py:2:1: ML001 hosting module serve.app imports training code ml.train") == 1  # printed once


def test_terminal_summary_groups_checks_by_pillar(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """Under -v the summary has a line per lens pillar with checks passed/failed and findings."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--tb=no", "-v")
    result.stdout.fnmatch_lines(
        [
            "mllens pillar: operational excellence   0 passed, 2 failed, 2 findings",
            "mllens pillar: security                 no check",
            "mllens pillar: reliability              0 passed, 1 failed, 1 finding",
        ]
    )


def test_list_and_explain_print_and_exit(pytester: pytest.Pytester, write_files: Write) -> None:
    """--mllens-list lists every check with pillars, lens references and enabled state;
    --mllens-explain prints one check's documentation; an unknown name is a usage error."""
    write_files({"pyproject.toml": "[tool.mllens]\nignore = ['ML003']\n"})
    result = pytester.runpytest("--mllens-list")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["ML001 hosting-imports-training [[]enabled[]] pillars: reliability, performance efficiency", "    lens: MLREL01-BP02, MLPERF04-BP01, design principle: Decouple model training and evaluation from model hosting", "ML003 missing-drift-monitor [[]disabled[]]*"])
    result = pytester.runpytest("--mllens-explain", "ungated-deployment")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["ML002 ungated-deployment", "Why it matters: *", "Fix: *"])
    result = pytester.runpytest("--mllens-explain", "ML999")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*no such check 'ML999'; expected one of: ML000 (unused-suppression), ML001 (hosting-imports-training), *"])


def test_baseline_round_trip_survives_line_shifts_and_reports_stale(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A written baseline makes the run pass; lines added above and reformatting elsewhere keep
    it matched; a new finding fails; a fixed one is reported as a stale entry."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "mllens-baseline.json", "--mllens-baseline-update")
    result.assert_outcomes(passed=3)
    document = json.loads((pytester.path / "mllens-baseline.json").read_text())
    assert len(document["findings"]) == 3 and document["version"] == 1
    bad_project["serve/app.py"] = '"""The API."""\n\n\nimport os\n' + bad_project["serve/app.py"].replace("app = FastAPI()", "app  =  FastAPI( )")
    bad_project["ml/train.py"] = "# training\n\n" + bad_project["ml/train.py"].replace("(n_estimators=300).fit(X, y)", "(\n        n_estimators=300,\n    ).fit(X, y)")
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "mllens-baseline.json")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["mllens: baseline mllens-baseline.json: 3 findings accepted, 0 stale entries"])
    bad_project["batch/score.py"] = "from ml.train import train\nfrom fastapi import FastAPI\napi = FastAPI()\n"
    bad_project["serve/app.py"] = "from fastapi import FastAPI\n\napp = FastAPI()\n"
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "mllens-baseline.json", "--tb=short")
    # batch/score.py is new hosting code that imports training: a new ML001. ML003's project-wide
    # verdict now anchors there (it sorts first) and stays the recorded one
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*batch/score.py:1:1 ML001*", "mllens: baseline mllens-baseline.json: 2 findings accepted, 1 stale entry", "mllens: stale baseline entry*serve/app.py:2 hosting-imports-training*"])


def test_a_project_wide_finding_stays_baselined_when_its_anchor_moves(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """ML003 is anchored at the first module that serves a model; a second model app that sorts before
    it moves the anchor but not the baseline entry, and an entry written by place (older baselines) still matches."""
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "mllens-baseline.json", "--mllens-baseline-update")
    document = json.loads((pytester.path / "mllens-baseline.json").read_text())
    [entry] = [e for e in document["findings"] if e["check"] == "missing-drift-monitor"]
    assert entry["path"] == "serve/app.py"
    write_files({"api/health.py": "import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load('model.joblib')\n\n\n@app.get('/health')\ndef health():\n    return {'ok': model is not None}\n"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "mllens-baseline.json", "--mllens-report", "json:report.json")
    result.assert_outcomes(passed=3)
    [baselined] = [f for f in json.loads((pytester.path / "report.json").read_text())["baselined"] if f["name"] == "missing-drift-monitor"]
    assert baselined["path"] == "api/health.py"
    entry["fingerprint"] = "0" * 24  # as a baseline that matched ML003 by its place recorded it
    (pytester.path / "mllens-baseline.json").write_text(json.dumps(document))
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "mllens-baseline.json")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["mllens: baseline mllens-baseline.json: 3 findings accepted, 0 stale entries"])


def test_baseline_errors_are_usage_errors(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A missing or malformed baseline, or --mllens-baseline-update alone, stops the run clearly."""
    write_files({**bad_project, "bad.json": "{\"findings\": 3}"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "absent.json")
    result.stderr.fnmatch_lines(["*absent.json: no such file (write it with --mllens-baseline-update)*"])
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", "bad.json")
    result.stderr.fnmatch_lines(["*expected an mllens baseline (version 1)*"])
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline-update")
    result.stderr.fnmatch_lines(["*expected --mllens-baseline PATH too*"])


def test_suppression_governance(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """Reasons are shown by --mllens-show-suppressed; require-suppression-reason refuses a bare
    comment; an unsuppressible check ignores comments and per-file-ignores."""
    bad_project["serve/app.py"] = bad_project["serve/app.py"].replace("import train\n", "import train  # mllens: ignore[ML001] because the shim is temporary\n")
    bad_project["ml/train.py"] = bad_project["ml/train.py"].replace("registered_model_name='churn')", "registered_model_name='churn')  # mllens: ignore[ML002]")
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-show-suppressed", "--tb=no")
    result.stdout.fnmatch_lines(
        [
            "mllens: 2 suppressed findings:",
            "  ml/train.py:6:20: ML002 * [[]inline; no reason given[]]",
            "  serve/app.py:2:1: ML001 * [[]inline; because the shim is temporary[]]",
        ]
    )
    bad_project["pyproject.toml"] = "[tool.mllens]\nrequire-suppression-reason = true\nunsuppressible = ['hosting-imports-training']\n"
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "-rN")
    result.assert_outcomes(failed=3, passed=1)
    result.stdout.fnmatch_lines(["*not suppressed: hosting-imports-training is unsuppressible*", "*not suppressed: the comment gives no reason and [[]tool.mllens[]] require-suppression-reason is on*"])
    assert "unused-suppression" not in "".join(line for line in result.stdout.lines if line.startswith("FAILED"))
