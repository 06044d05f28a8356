"""How report paths are shown from another directory (report/paths.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_mllens.report.paths import from_directory, repository_root, workspace


def test_a_project_path_is_shown_from_the_base_directory(tmp_path: Path) -> None:
    """From the parent folder the project's folder is prepended; from beside it, ../ leads there."""
    root = tmp_path / "proj"
    assert from_directory(root, "serve/app.py", tmp_path) == "proj/serve/app.py"
    assert from_directory(root, "serve/app.py", root) == "serve/app.py"
    assert from_directory(root, "serve/app.py", tmp_path / "other") == "../proj/serve/app.py"
    assert from_directory(None, "serve/app.py", tmp_path) == "serve/app.py"
    assert from_directory(root, "nb.ipynb[cell 4]", tmp_path) == "proj/nb.ipynb[cell 4]"


def test_repository_root_prefers_the_workspace_then_the_git_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GITHUB_WORKSPACE wins when it holds the project; else the nearest .git; else the project."""
    root = tmp_path / "repo" / "proj"
    root.mkdir(parents=True)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    assert repository_root(root) == root
    (tmp_path / "repo" / ".git").write_text("gitdir: elsewhere\n")  # a worktree's .git file counts
    assert repository_root(root) == tmp_path / "repo"
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    assert repository_root(root) == tmp_path.resolve()
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "unrelated"))
    assert repository_root(root) == tmp_path / "repo"


def test_workspace_is_github_workspace_else_the_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Annotations are relative to GITHUB_WORKSPACE, or to where the step runs."""
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    assert workspace() == tmp_path
    monkeypatch.delenv("GITHUB_WORKSPACE")
    monkeypatch.chdir(tmp_path)
    assert workspace() == tmp_path
