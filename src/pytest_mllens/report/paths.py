"""Where a finding's path is shown from.

Findings carry paths relative to the analysed project (``Finding.path``; the JSON report's
``path`` keeps that meaning). People and tools read them from elsewhere:

* the terminal and concise lines: from the current directory, as pytest and ruff print them,
  so ``pytest --mllens-only example_project`` from a repository's root prints
  ``example_project/serve/app.py`` (a path an editor or a problem matcher can open);
* GitHub Actions annotations: from the repository root as the runner sees it,
  ``GITHUB_WORKSPACE`` (else the current directory), or the annotation attaches to no file;
* SARIF: from the repository that holds the project (``GITHUB_WORKSPACE``, else the nearest
  folder with ``.git``), which ``%SRCROOT%`` names, so code scanning resolves every result.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["from_directory", "repository_root", "workspace"]


def from_directory(root: Path | None, path: str, base: Path | None = None) -> str:
    """``path`` (relative to ``root``, POSIX) as seen from ``base`` (default: the current
    directory), with forward slashes; ``../`` when the project lies beside ``base``. Without
    a ``root`` the path is returned as it is."""
    if root is None:
        return path
    base = Path.cwd() if base is None else base
    if root == base:
        return path
    try:
        relative = os.path.relpath(root / path, base)
    except ValueError:  # another drive (Windows): no relative path exists
        return (root / path).as_posix()
    return Path(relative).as_posix()


def workspace() -> Path:
    """The repository root GitHub resolves annotation paths from: ``GITHUB_WORKSPACE`` when
    set, else the current directory (where a workflow step runs)."""
    value = os.environ.get("GITHUB_WORKSPACE")
    return Path(value) if value else Path.cwd()


def repository_root(root: Path) -> Path:
    """The folder SARIF locations are relative to: ``GITHUB_WORKSPACE`` when it holds ``root``,
    else the nearest folder at or above ``root`` with a ``.git`` (a directory, or a file in a
    worktree or submodule), else ``root`` itself."""
    value = os.environ.get("GITHUB_WORKSPACE")
    if value and _inside(root, Path(value)):
        return Path(value).resolve()
    for folder in (root, *root.parents):
        if (folder / ".git").exists():
            return folder
    return root


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True
