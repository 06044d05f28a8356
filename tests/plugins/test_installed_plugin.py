"""Plugins installed as distributions (a .dist-info with an ``mllens`` entry point), run for real."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_mllens.registry import load_registry

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")]

SAMPLE = Path(__file__).resolve().parent / "sample_plugin"
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"
BUILTIN_COUNT = sum(not getattr(c, "runtime", False) for c in load_registry().checks.values())  # runtime checks need --mllens-coverage

PROJECT = {
    "pyproject.toml": "[tool.mllens]\n",
    "ml/train.py": (
        "from sklearn.ensemble import RandomForestClassifier\n"
        "\n"
        "def train(X, y):\n"
        "    return RandomForestClassifier(n_estimators=300).fit(X, y)\n"
    ),
    "serve/server.py": (
        "import pickle\n"
        "\n"
        "import acme_serving\n"
        "from ml.train import train\n"
        "\n"
        "with open('model.pkl', 'rb') as handle:\n"
        "    model = pickle.load(handle)\n"
        "\n"
        "server = acme_serving.Server(predict=model.predict, port=8080)\n"
    ),
}


def write(root: Path, files: dict[str, str]) -> Path:
    for path, source in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source, encoding="utf-8")
    return root


def plugin_project(root: Path, name: str, module: str, source: str) -> Path:
    """A one-module plugin distribution ``name`` whose entry point is ``module``."""
    pyproject = (
        f'[project]\nname = "mllens-{name}-plugin"\nversion = "0.1.0"\n\n'
        f'[project.entry-points.mllens]\n{name} = "{module}"\n\n'
        f'[tool.setuptools]\npackages = ["{module}"]\n'
    )
    return write(root / name, {"pyproject.toml": pyproject, f"{module}/__init__.py": source})


def test_installed_sample_plugin_check_and_knowledge_are_reported(pytester: pytest.Pytester, install_plugin: Callable[[Path], Path]) -> None:
    """The installed sample plugin's check runs as mllens::pickle-model-load next to the built-ins, and its knowledge names the hosting module in the JSON report."""
    install_plugin(SAMPLE)
    write(pytester.path, PROJECT)
    result = pytester.runpytest_subprocess("--mllens-only", "-v", "--mllens-report", "json:report.json", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(
        [
            "*mllens::pickle-model-load FAILED*",
            "*MLX100 pickle-model-load: Hosting code loads a model with pickle*(1 finding)",
            "serve/server.py:7:* MLX100 hosting module serve.server loads a model with pickle.load(), which can run code stored in the file",
            "    serve/server.py is hosting code: calls acme_serving.Server() at line 9 (Acme Serving: creates an Acme model server)",
            "    lens: MLSEC05-BP01",
        ]
    )
    guide = GUIDE.read_text(encoding="utf-8")
    rendered = guide[guide.index("The rendered failure reads:") :].split("```text\n", 1)[1].split("```", 1)[0]
    result.stdout.fnmatch_lines(rendered.splitlines())  # the guide shows this run's real output
    # the built-in checks run too, and see the plugin's knowledge: hosting code imports training code
    result.stdout.fnmatch_lines(["serve/server.py:4:1 ML001 hosting module serve.server imports training code ml.train"])
    assert sum(result.parseoutcomes().get(k, 0) for k in ("passed", "failed")) == BUILTIN_COUNT + 1
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    ours = [f for f in report["findings"] if f["check"] == "MLX100"]
    assert [(f["name"], f["path"], f["line"], f["principles"], f["principle"]) for f in ours] == [
        ("pickle-model-load", "serve/server.py", 7, ["MLSEC05-BP01"], "provide_protection")
    ]
    roles = {m["path"]: m["roles"] for m in report["modules"]}["serve/server.py"]
    assert {"role": "hosting", "reason": "calls acme_serving.Server() at line 9 (Acme Serving: creates an Acme model server)", "line": 9} in roles


FLAKY = '''
from pytest_mllens import Check, hookimpl


class FlakyCheck(Check):
    id = "MLX900"
    name = "flaky-check"
    summary = "Always crashes."

    def run(self, project):
        raise RuntimeError("model registry offline")


@hookimpl
def mllens_checks():
    return [FlakyCheck]
'''


def test_plugin_check_that_raises_fails_only_its_own_item(pytester: pytest.Pytester, install_plugin: Callable[[Path], Path], tmp_path: Path) -> None:
    """A plugin check raising at run time fails its item with 'the check itself failed' naming its class; the built-in checks still report their findings."""
    install_plugin(plugin_project(tmp_path, "flaky", "mllens_flaky_plugin", FLAKY))
    write(pytester.path, {**PROJECT, "serve/server.py": "from fastapi import FastAPI\nfrom ml.train import train\n\napp = FastAPI()\n"})
    result = pytester.runpytest_subprocess("--mllens-only", "-v", "--mllens-report", "json:report.json", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(
        [
            "*mllens::flaky-check FAILED*",
            "*flaky-check: the check itself failed: mllens_flaky_plugin.FlakyCheck raised RuntimeError: model registry offline*",
        ]
    )
    result.stdout.fnmatch_lines(["serve/server.py:2:1 ML001 hosting module serve.server imports training code ml.train"])
    assert "Traceback" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    assert "ML001" in {f["check"] for f in report["findings"]}


DUPLICATE = '''
from pytest_mllens import Check, hookimpl


class MyGate(Check):
    id = "ML002"
    name = "my-gate"
    summary = "Reuses a built-in id."

    def run(self, project):
        return []


@hookimpl
def mllens_checks():
    return [MyGate]
'''


def test_plugin_with_a_duplicate_check_id_is_a_usage_error(pytester: pytest.Pytester, install_plugin: Callable[[Path], Path], tmp_path: Path) -> None:
    """A plugin registering an id a built-in check already has stops the run (exit 4) naming both checks and both plugins."""
    install_plugin(plugin_project(tmp_path, "dup", "mllens_dup_plugin", DUPLICATE))
    write(pytester.path, PROJECT)
    result = pytester.runpytest_subprocess("--mllens-only", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "*mllens: plugin 'dup' (mllens-dup-plugin 0.1.0: mllens_dup_plugin): check ML002 my-gate (mllens_dup_plugin.MyGate) "
            "uses the id 'ML002', already registered by plugin 'builtin' (pytest-mllens *: pytest_mllens.checks) "
            "for check ML002 ungated-deployment (pytest_mllens.checks.ungated_deployment.UngatedDeployment)*"
        ]
    )
    assert "mllens::" not in result.stdout.str()


def test_plugin_that_fails_to_import_is_a_usage_error(pytester: pytest.Pytester, install_plugin: Callable[[Path], Path], tmp_path: Path) -> None:
    """A plugin whose module raises on import stops the run (exit 4) before any check runs, naming the plugin and the error."""
    install_plugin(plugin_project(tmp_path, "broken", "mllens_broken_plugin", "import acme_sdk_that_is_not_installed\n"))
    write(pytester.path, PROJECT)
    result = pytester.runpytest_subprocess("--mllens-only", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "*mllens: plugin 'broken' (mllens-broken-plugin 0.1.0: mllens_broken_plugin) failed to import: "
            "ModuleNotFoundError: No module named 'acme_sdk_that_is_not_installed'*"
        ]
    )
    assert "mllens::" not in result.stdout.str()
