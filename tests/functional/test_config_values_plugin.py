"""Invalid [tool.mllens] values stop a real pytest run; ML000 obeys select/ignore/per-file-ignores/suppressions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Write = Callable[[dict[str, str]], None]
Files = dict[str, str]


def test_value_errors_are_one_usage_error_listing_all(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """An anchored exclude glob, an unknown action and a missing src folder stop the run together with exit code 4."""
    write_files(
        {
            **bad_project,
            "pyproject.toml": (
                "[tool.mllens]\nextend-exclude = ['/legacy']\nsrc = ['lib']\n"
                "[tool.mllens.checks.ungated-deployment]\nactions = ['deploy']\n"
            ),
        }
    )
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "*invalid mllens configuration in *pyproject.toml:*",
            "*[[]tool.mllens[]] extend-exclude: expected glob relative to the project root*(got str '/legacy'); did you mean 'legacy'?",
            "*[[]tool.mllens[]] src: expected an existing directory under the project root (got str 'lib')*",
            "*[[]tool.mllens[]] checks.ungated-deployment.actions: expected one of deploys, registers, promotes (got str 'deploy'); did you mean 'deploys'?",
        ]
    )


SUPPRESSED = "from fastapi import FastAPI\nfrom ml.train import train  # mllens: ignore[ML001]\n\napp = FastAPI()  # mllens: ignore[ML002]\n"


@pytest.mark.parametrize(
    "config",
    ["ignore = ['ML000']", "select = ['ML001', 'ML002', 'ML003']", "[tool.mllens.per-file-ignores]\n'serve/*.py' = ['unused-suppression']"],
)
def test_unused_suppression_is_configured_like_a_check(pytester: pytest.Pytester, write_files: Write, bad_project: Files, config: str) -> None:
    """Ignoring ML000, selecting without it, or ignoring it per file silences the stale-comment report."""
    write_files({**bad_project, "serve/app.py": SUPPRESSED, "pyproject.toml": f"[tool.mllens]\n{config}\n"})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    assert "ML000" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_unused_suppression_can_be_suppressed_inline(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """`# mllens: ignore[ML002, ML000]` keeps a deliberate comment without an ML000 report or an unknown-check complaint."""
    write_files({**bad_project, "serve/app.py": SUPPRESSED.replace("ignore[ML002]", "ignore[ML002, ML000]")})
    result = pytester.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=2)
    assert "ML000" not in result.stdout.str() and "unknown check" not in result.stdout.str()
