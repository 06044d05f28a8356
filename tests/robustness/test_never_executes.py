"""The analysed project is read as text only: nothing in it is imported or executed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mllens_robust_support import run, write_tree

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")


def _booby_trapped(marker: Path) -> dict[str, str]:
    trap = f"import os\nopen({str(marker)!r}, 'a').write(__name__ + '\\n')\nos._exit(3)\n"
    return {
        "pyproject.toml": "[tool.mllens]\n",
        "conftest.py": trap,
        "setup.py": trap + "from setuptools import setup\nsetup(name='x')\n",
        "evil.pth": f"import os; open({str(marker)!r}, 'a').write('pth\\n'); os._exit(3)\n",
        "ml/__init__.py": trap,
        "ml/train.py": trap + "from sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n",
        "serve/__init__.py": trap,
        "serve/app.py": trap + "from fastapi import FastAPI\nfrom ml.train import fit\n\napp = FastAPI()\n",
        "nb.ipynb": json.dumps({"cells": [{"cell_type": "code", "source": trap + "!touch " + str(marker) + "\n"}], "nbformat": 4, "nbformat_minor": 5}),
        "test_trap.py": trap + "def test_x():\n    pass\n",
    }


def test_engine_never_imports_or_runs_the_project(tmp_path: Path) -> None:
    """Analysing modules, conftest, setup.py, notebooks and a .pth that exit on import leaves no marker."""
    marker = tmp_path / "marker"
    root = tmp_path / "proj"
    write_tree(root, _booby_trapped(marker))
    analysis = run(root)
    assert not marker.exists()
    assert analysis.errors == []
    assert {"ml/train.py", "serve/app.py", "nb.ipynb", "setup.py", "ml/__init__.py"} <= {f.path for f in analysis.files}
    assert analysis.results["hosting-imports-training"].findings


def test_mllens_only_run_never_imports_or_runs_the_project(pytester: pytest.Pytester, tmp_path: Path) -> None:
    """A real `pytest --mllens-only` run over a booby-trapped project ends normally with the
    engine's outcomes: no marker file, no exit code 3."""
    marker = tmp_path / "marker"
    for path, source in _booby_trapped(marker).items():
        target = pytester.path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source, encoding="utf-8")
    analysis = run(pytester.path)
    assert not marker.exists()
    failed = sum(1 for r in analysis.results.values() if r.findings)
    result = pytester.runpytest_subprocess("--mllens-only", "-p", "no:cacheprovider")
    assert not marker.exists(), marker.read_text()
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(failed=failed, passed=len(analysis.results) - failed)
