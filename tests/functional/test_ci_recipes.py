"""The README's CI recipes and examples stay true: the pre-commit hook's entry, the GitHub
Actions workflow's pytest command and the concise example run as documented."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_mllens.config import load_table, parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry
from pytest_mllens.report.concise import concise_lines
from pytest_mllens.report.records import records

Files = dict[str, str]
Write = Callable[[Files], None]
REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")


def test_pre_commit_hook_entry_runs_and_prints_concise_lines(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """The hook's entry is a valid pytest command that fails on findings with one line each."""
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: pytest-mllens" in hooks and "pass_filenames: false" in hooks
    entry = shlex.split(re.search(r"^\s*entry:\s*(.+)$", hooks, re.M).group(1))  # type: ignore[union-attr]
    assert entry[0] == "pytest"
    write_files(bad_project)
    result = pytester.runpytest(*entry[1:], "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["serve/app.py:2:1: ML001 hosting module serve.app imports training code ml.train"])


def test_workflow_command_runs_with_baseline_and_reports(pytester: pytest.Pytester, write_files: Write, bad_project: Files) -> None:
    """The workflow's pytest command passes against a baseline and writes SARIF and HTML."""
    command = re.search(r"^\s*- run: (pytest --mllens-only .+)$", README, re.M)
    assert command, "the README's GitHub Actions example has no pytest step"
    args = shlex.split(command.group(1))[1:]
    write_files(bad_project)
    baseline = next(arg.partition("=")[2] for arg in args if arg.startswith("--mllens-baseline="))
    pytester.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-baseline", baseline, "--mllens-baseline-update")
    result = pytester.runpytest(*args, "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.OK
    assert (pytester.path / "mllens.sarif").is_file() and (pytester.path / "mllens.html").is_file()


def test_readme_concise_example_is_the_real_output() -> None:
    """The README's concise block lists exactly example_project's findings as rendered."""
    block = re.search(r"\$ pytest --mllens-only --mllens-output concise --tb=no -q example_project\n(.*?)```", README, re.S)
    assert block
    example = REPO / "example_project"
    registry = load_registry()
    analysis = analyse(example, parse_settings(load_table(example), {n: c.options for n, c in registry.checks.items()}, registry.aliases), registry)
    actual = concise_lines(records(analysis), base=REPO)  # run from the repository's root, as the README shows
    assert block.group(1).splitlines() == actual, "update the README's concise example to:\n" + "\n".join(actual)
