"""Runtime evidence: untested-gate and untested-monitor judged against coverage data of real
pytest runs, serially, under pytest-cov, from a named data file and under pytest-xdist."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_mllens import Check, Example
from pytest_mllens.registry import load_registry
from pytest_mllens.testing import example_params

EXAMPLE = Path(__file__).resolve().parents[2] / "example_project"

pytestmark = pytest.mark.slow  # every test runs pytest in a subprocess: coverage must not nest

RUNTIME_CHECKS = [c for c in load_registry().checks.values() if getattr(c, "runtime", False)]
PYPROJECT = '[tool.pytest.ini_options]\npythonpath = ["."]\n\n[tool.mllens]\n'
GATE = {check.name: check for check in RUNTIME_CHECKS}["untested-gate"]
ACCEPT_ONLY = {**GATE.examples[0].files, "pyproject.toml": PYPROJECT}
BOTH_WAYS = {**GATE.examples[1].files, "pyproject.toml": PYPROJECT}
NO_CACHE = ("-p", "no:cacheprovider")


def _findings(pytester: pytest.Pytester, check: str, report: str = "report.json") -> list[str]:
    data = json.loads((pytester.path / report).read_text(encoding="utf-8"))
    return sorted(f"{f['path']}:{f['line']}" for f in data["findings"] if f["name"] == check)


def test_runtime_checks_are_declared_runtime() -> None:
    """Both runtime checks exist with their ids and say they need coverage data."""
    assert sorted((c.id, c.name) for c in RUNTIME_CHECKS) == [("ML004", "untested-gate"), ("ML005", "untested-monitor")]


@pytest.mark.parametrize("check, example", example_params(RUNTIME_CHECKS))
def test_runtime_example(check: type[Check], example: Example, pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """A runtime check's bad example (with its tests) yields exactly its expected findings; its good example none."""
    write_files({**example.files, "pyproject.toml": PYPROJECT})
    result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "--mllens-report", "json:report.json", *NO_CACHE)
    assert _findings(pytester, check.name) == sorted(example.expect), result.stdout.str()
    assert result.parseoutcomes().get("failed" if example.expect else "passed", 0) >= 1


def test_gate_tested_both_ways_passes(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """A gate whose tests take the accepting and the rejecting branch passes untested-gate."""
    write_files(BOTH_WAYS)
    result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "-v", *NO_CACHE)
    result.stdout.fnmatch_lines(["*mllens::untested-gate PASSED*"])


def test_gate_tested_only_on_accepting_path_fails_naming_the_branch(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """Only the accepting path tested: untested-gate fails, naming the branch that never ran and the missing test; it runs last."""
    write_files(ACCEPT_ONLY)
    result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "-v", *NO_CACHE)
    result.stdout.fnmatch_lines(
        [
            "*test_release.py::test_good_model_is_promoted PASSED*",
            "*mllens::untested-gate FAILED*",
            "release.py:12:1 ML004 evaluation gate never rejected in the tests: its rejecting branch (12 → 13) never ran",
            "*gate: early exit `if f1 < MIN_F1` at release.py:12 protects client.set_registered_model_alias() at release.py:14",
            "*coverage: line 12 didn't jump to line 13 because the condition on line 12 was never true",
            "*evidence from: the lens's own measurement of this session (branch)",
            "*missing test: add a test that calls promote() with a candidate whose metrics miss the bar*",
        ]
    )
    lines = result.stdout.lines
    order = [i for i, line in enumerate(lines) if " PASSED" in line or " FAILED" in line]
    assert "untested-" in lines[order[-1]] and "untested-" in lines[order[-2]]  # the runtime items ran last


@pytest.mark.parametrize("option", [("--tb=line",), ("--mllens-output", "concise")])
def test_runtime_findings_follow_the_output_style(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None], option: tuple[str, ...]) -> None:
    """`--tb=line` and concise output give a runtime finding one line, as they do a static one, and its short-summary line names it."""
    write_files(ACCEPT_ONLY)
    result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "-rf", *option, *NO_CACHE)
    text = result.stdout.str()
    assert "missing test:" not in text and "evidence from:" not in text, text
    result.stdout.fnmatch_lines(["*release.py:12:*ML004*rejecting branch*", "FAILED mllens::untested-gate - release.py:12:*ML004*"])


def test_gate_judged_with_pytest_cov_data(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """With pytest-cov measuring (branches), the lens reads its data and fails the same way."""
    pytest.importorskip("pytest_cov")
    write_files(ACCEPT_ONLY)
    result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "--cov=.", "--cov-branch", *NO_CACHE)
    result.stdout.fnmatch_lines(["*its rejecting branch (12 → 13) never ran", "*evidence from: the coverage measuring this session (pytest-cov or coverage run)"])
    result.assert_outcomes(passed=4, failed=2)  # the test, ML001, ML002, untested-monitor pass; ML003 and ML004 fail


def test_lines_only_data_skips_with_a_reason(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """pytest-cov without --cov-branch: a gate whose comparison ran cannot be judged, and the item says so."""
    pytest.importorskip("pytest_cov")
    write_files(ACCEPT_ONLY)
    result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "--cov=.", "-rs", *NO_CACHE)
    result.stdout.fnmatch_lines(["SKIPPED*mllens untested-gate: the coverage data * holds lines only*--cov-branch*"])


def test_gate_judged_from_a_named_data_file(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """A static-only run judges the gate against the .coverage file of an earlier test run."""
    pytest.importorskip("pytest_cov")
    write_files(ACCEPT_ONLY)
    pytester.runpytest_subprocess("--cov=.", "--cov-branch", "--cov-report=", *NO_CACHE).assert_outcomes(passed=1)
    result = pytester.runpytest_subprocess("--mllens-only", "--mllens-coverage-data", ".coverage", *NO_CACHE)
    result.stdout.fnmatch_lines(["*its rejecting branch (12 → 13) never ran", f"*evidence from: the data file {pytester.path / '.coverage'}"])
    (pytester.path / "tests" / "test_release.py").write_text(BOTH_WAYS["tests/test_release.py"], encoding="utf-8")
    pytester.runpytest_subprocess("--cov=.", "--cov-branch", "--cov-report=", *NO_CACHE).assert_outcomes(passed=2)
    result = pytester.runpytest_subprocess("--mllens-only", "--mllens-coverage-data", ".coverage", "-v", *NO_CACHE)
    result.stdout.fnmatch_lines(["*mllens::untested-gate PASSED*"])


@pytest.mark.parametrize("cov", [(), ("--cov=.", "--cov-branch", "--cov-report=")], ids=["own", "pytest-cov"])
def test_xdist_outcomes_equal_serial(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None], cov: tuple[str, ...]) -> None:
    """Under -n 2 the workers' data is combined and the runtime items report what a serial run reports."""
    pytest.importorskip("xdist")
    if cov:
        pytest.importorskip("pytest_cov")
    write_files(ACCEPT_ONLY)
    serial = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "--mllens-report", "json:serial.json", *cov, *NO_CACHE)
    parallel = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "--mllens-report", "json:parallel.json", "-n", "2", *cov, *NO_CACHE)
    assert parallel.parseoutcomes() == serial.parseoutcomes()
    assert _findings(pytester, "untested-gate", "parallel.json") == _findings(pytester, "untested-gate", "serial.json") == ["release.py:12"]
    parallel.stdout.fnmatch_lines(["*its rejecting branch (12 → 13) never ran", "*evidence from: the combined data of 2 pytest-xdist workers"])


def test_xdist_gate_tested_both_ways_passes(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """Under -n 2 with the two tests on different workers, the combined data proves both branches."""
    pytest.importorskip("xdist")
    write_files(BOTH_WAYS)
    result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "-n", "2", "-v", *NO_CACHE)
    result.stdout.fnmatch_lines(["*mllens::untested-gate*"])
    assert "untested-gate FAILED" not in result.stdout.str()
    assert result.parseoutcomes().get("skipped", 0) == 0


def test_no_coverage_data_skips_with_a_reason(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """--mllens-only runs no tests: the runtime checks are skipped, saying why, never passed."""
    write_files(ACCEPT_ONLY)
    result = pytester.runpytest_subprocess("--mllens-only", "--mllens-coverage", "-rs", *NO_CACHE)
    result.stdout.fnmatch_lines(["SKIPPED*mllens untested-gate: no coverage data: --mllens-only runs no tests*--mllens-coverage-data*"])
    result.stdout.fnmatch_lines(["mllens: * run, * passed, * failed, 2 skipped, *"])
    assert result.parseoutcomes()["skipped"] == 2


def test_missing_data_file_skips_with_a_reason(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """A named data file that does not exist is a skip naming the file."""
    write_files(ACCEPT_ONLY)
    result = pytester.runpytest_subprocess("--mllens-only", "--mllens-coverage-data", "nowhere/.coverage", "-rs", *NO_CACHE)
    result.stdout.fnmatch_lines(["SKIPPED*mllens untested-gate: the coverage data file */nowhere/.coverage * does not exist*"])


def test_without_the_option_runtime_checks_are_not_collected(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """Without --mllens-coverage no runtime item exists, so outcome counts stay as before."""
    write_files(ACCEPT_ONLY)
    result = pytester.runpytest_subprocess("--mllens", "-v", *NO_CACHE)
    assert "untested-" not in result.stdout.str()
    result.assert_outcomes(passed=3, failed=1)  # the project's test, ML001, ML002 pass; ML003 fails


def test_config_keys_turn_runtime_evidence_on(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """`coverage = true` in [tool.mllens] acts as --mllens-coverage; a bad value is a usage error."""
    write_files({**ACCEPT_ONLY, "pyproject.toml": PYPROJECT + "coverage = true\n"})
    result = pytester.runpytest_subprocess("--mllens", *NO_CACHE)
    result.stdout.fnmatch_lines(["*its rejecting branch (12 → 13) never ran"])
    write_files({"pyproject.toml": PYPROJECT + "coverage = 'yes'\n"})
    result = pytester.runpytest_subprocess("--mllens", *NO_CACHE)
    result.stderr.fnmatch_lines(["*[[]tool.mllens[]] coverage: expected boolean*"])


def test_targets_survive_the_results_cache(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """A warm run (results from the cache, no project model) judges the same gate."""
    write_files(ACCEPT_ONLY)
    for _ in range(2):
        result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "--mllens-timings")
        result.stdout.fnmatch_lines(["*its rejecting branch (12 → 13) never ran"])
    result.stdout.fnmatch_lines(["*results reused*"])


@pytest.mark.skipif(not EXAMPLE.is_dir(), reason="example_project/ is not part of this checkout")
def test_example_project_runtime_findings(pytester: pytest.Pytester) -> None:
    """example_project: the promotion gate tested both ways passes, the deploy gate tested only on the accepting path is its `expect[untested-gate]`."""
    shutil.copytree(EXAMPLE, pytester.path, dirs_exist_ok=True)
    result = pytester.runpytest_subprocess("--mllens", "--mllens-coverage", "--mllens-report", "json:report.json", "tests/test_release.py", *NO_CACHE)
    expected = sorted(
        f"{path.relative_to(EXAMPLE).as_posix()}:{number}"
        for path in EXAMPLE.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "# mllens: expect[untested-gate]" in line
    )
    assert expected == ["src/churn/release.py:84"]
    assert _findings(pytester, "untested-gate") == expected, result.stdout.str()
    assert _findings(pytester, "untested-monitor") == []
    result.stdout.fnmatch_lines(["*src/churn/release.py:84:1 ML004 evaluation gate never rejected in the tests: its rejecting branch (84 → 85) never ran"])


def test_coverage_option_without_the_lens_is_a_usage_error(pytester: pytest.Pytester, write_files: Callable[[dict[str, str]], None]) -> None:
    """--mllens-coverage alone would do nothing; it says what it needs instead."""
    write_files(ACCEPT_ONLY)
    result = pytester.runpytest_subprocess("--mllens-coverage", *NO_CACHE)
    result.stderr.fnmatch_lines(["*--mllens-coverage / --mllens-coverage-data judge the lens's runtime checks: add --mllens*"])
    assert result.ret == pytest.ExitCode.USAGE_ERROR
