"""A misspelt path in a path setting no longer does nothing silently: a literal path or
module in per-file-ignores, roles or not-roles that names no analysed file is an ML000
finding at its line in pyproject.toml, with a did-you-mean; globs are left alone. Config
errors name the pyproject.toml they come from."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Files = dict[str, str]
Write = Callable[[Files], None]

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")


def test_misspelt_per_file_ignore_and_not_role_are_reported(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """`serve/ap.py` and `ml/trian.py` match nothing: each is reported where it is written."""
    bad_project["pyproject.toml"] = (
        "[tool.mllens]\n"
        "[tool.mllens.per-file-ignores]\n"
        "'serve/ap.py' = ['ML001']\n"
        "[tool.mllens.not-roles]\n"
        "training = ['ml/trian.py']\n"
    )
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-output", "concise", "--tb=no")
    result.stdout.fnmatch_lines(
        [
            "pyproject.toml:3:1: ML000 [[]tool.mllens[]] per-file-ignores: 'serve/ap.py' matches no analysed file; did you mean 'serve/app.py'?",
            "pyproject.toml:5:1: ML000 [[]tool.mllens[]] not-roles.training: 'ml/trian.py' matches no analysed file or module; did you mean 'ml/train.py'?",
        ]
    )


def test_matching_paths_modules_and_globs_are_not_reported(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """A path that exists, a module name and a glob that matches nothing yet are all fine."""
    bad_project["pyproject.toml"] = (
        "[tool.mllens]\n"
        "[tool.mllens.per-file-ignores]\n"
        "'serve/app.py' = ['ML003']\n"
        "'notebooks/scratch_*.ipynb' = ['ML002']\n"
        "[tool.mllens.roles]\n"
        "training = ['ml.train']\n"
    )
    write_files(bad_project)
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-output", "concise", "--tb=no")
    assert "matches no analysed file" not in result.stdout.str()


def test_config_error_names_its_pyproject(pytester: pytest.Pytester, write_files: Write) -> None:
    """The usage error says which pyproject.toml holds the bad key."""
    write_files({"pyproject.toml": "[tool.mllens]\nselekt = ['ML001']\n"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.stderr.fnmatch_lines([f"*invalid mllens configuration in {pytester.path / 'pyproject.toml'}:*"])


def test_a_per_file_ignore_of_a_deployment_file_is_no_typo(pytester: pytest.Pytester, write_files: Write) -> None:
    """A finding anchored in a shell script or YAML file is suppressed by naming that file, and the entry is not reported as matching nothing."""
    write_files(
        {
            "pyproject.toml": "[tool.mllens.per-file-ignores]\n'deploy/serve.sh' = ['ML003']\n",
            "deploy/serve.sh": "#!/bin/sh\nmlflow models serve -m models:/churn/Production -p 5000\n",
            "train.py": "import mlflow\nfrom sklearn.linear_model import LogisticRegression\n\ndef train(X, y):\n    model = LogisticRegression().fit(X, y)\n    mlflow.sklearn.log_model(model, 'model')\n",
        }
    )
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-output", "concise", "--tb=no")
    assert "ML000" not in result.stdout.str() and "ML003" not in result.stdout.str()
    result.assert_outcomes(passed=3)
