"""Where reports show a finding's path from, read back from real runs of a project that lives
in a subfolder of its repository: the terminal and concise lines from the current directory,
GitHub annotations from the workspace, SARIF from the repository root; the JSON ``path`` stays
relative to the analysed project."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

Files = dict[str, str]
Write = Callable[[Files], None]

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")


@pytest.fixture
def nested(pytester: pytest.Pytester, write_files: Write, bad_project: Files, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A repository (``.git`` at the top) whose ML project is the folder ``proj/``."""
    write_files({f"proj/{path}": text for path, text in bad_project.items()})
    (pytester.path / ".git").mkdir()
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return pytester


def test_concise_and_full_locations_are_relative_to_the_current_directory(nested: pytest.Pytester) -> None:
    """Run from the repository root, concise lines and failure headlines name proj/serve/app.py,
    a path the user can open, and the full report says its evidence paths are the project's."""
    concise = nested.runpytest("--mllens-only", "-p", "no:cacheprovider", "--mllens-output", "concise", "--tb=no", "proj")
    concise.stdout.fnmatch_lines(["proj/ml/train.py:6:*: ML002 *", "proj/serve/app.py:2:1: ML001 *"])
    full = nested.runpytest("--mllens-only", "-p", "no:cacheprovider", "proj")
    full.stdout.fnmatch_lines(["proj/serve/app.py:2:1 ML001 *", "    serve/app.py is hosting code*", "(paths in the evidence are relative to the project proj/)"])


def test_locations_stay_as_they_are_when_run_from_the_project(nested: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """From inside the project the paths are the project's own, with no extra note."""
    monkeypatch.chdir(nested.path / "proj")
    result = nested.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["serve/app.py:2:1 ML001 *"])
    assert "paths in the evidence" not in result.stdout.str()


def test_github_annotations_name_files_from_the_workspace(nested: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """Annotations give file= from GITHUB_WORKSPACE (else the current directory), so they attach
    to the diff of a project in a subfolder."""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = nested.runpytest("--mllens-only", "-p", "no:cacheprovider", "proj")
    result.stdout.fnmatch_lines(["::error file=proj/serve/app.py,line=2,col=1,title=ML001 *"])
    monkeypatch.setenv("GITHUB_WORKSPACE", str(nested.path))
    monkeypatch.chdir(nested.path / "proj")  # a step with working-directory: proj
    result = nested.runpytest("--mllens-only", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["::error file=proj/serve/app.py,line=2,col=1,title=ML001 *"])


def test_sarif_locations_resolve_from_the_repository_root(nested: pytest.Pytester) -> None:
    """%SRCROOT% is the repository (the folder with .git) and each uri is the path from it."""
    nested.runpytest("--mllens-only", "-p", "no:cacheprovider", "proj", "--mllens-report", "sarif:lens.sarif", "--mllens-report", "json:lens.json")
    run = json.loads((nested.path / "lens.sarif").read_text(encoding="utf-8"))["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == nested.path.resolve().as_uri() + "/"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris == {"proj/serve/app.py", "proj/ml/train.py"}
    report = json.loads((nested.path / "lens.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in report["findings"]} == {"serve/app.py", "ml/train.py"}  # unchanged meaning: from the project
