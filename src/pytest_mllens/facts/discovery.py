"""Which files belong to the analysed project, and the module name of each.

Symlinked directories are never followed and symlinked files only when they resolve
inside the root, so a hostile tree cannot make the run loop or read outside the project.
A file or directory whose name is not UTF-8 is reported, by its bytes, and not analysed.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .configs.deploy_config import config_kind

__all__ = ["SourceFile", "discover", "excluded_path", "has_mllens_table", "module_name", "project_root"]

SUFFIXES = {".py": "py", ".pyi": "", ".ipynb": "ipynb"}


@dataclass(frozen=True, order=True)
class SourceFile:
    path: str
    kind: str
    module: str
    is_package: bool
    size: int


def discover(
    root: Path, exclude: Sequence[str], src: Sequence[str], notebooks: bool, subprojects: list[str] | None = None
) -> tuple[list[SourceFile], list[tuple[str, str]]]:
    """Return the project's files (sorted) and ``(path, problem)`` for files skipped with a reason.

    A directory below ``root`` whose ``pyproject.toml`` has a ``[tool.mllens]`` table is a
    project of its own (its own settings, source roots and findings, as ruff resolves the
    nearest configuration): its files are left out here and, when ``subprojects`` is given,
    its relative path is appended to it.
    """
    problems: list[tuple[str, str]] = []
    roots = source_roots(root, src)
    files: list[SourceFile] = []
    real_root = os.path.realpath(root)
    for relative, size in _walk(root, real_root, exclude, problems, subprojects):
        kind = SUFFIXES.get(os.path.splitext(relative)[1], "")
        if kind == "ipynb" and not notebooks:
            continue
        if not kind:
            # a deployment file (Dockerfile, Procfile, serving YAML, pyproject.toml) that may
            # name the module a server runs; it has no module name of its own
            if config_kind(relative):
                files.append(SourceFile(relative, "config", "", False, size))
            continue
        module, is_package = module_name(relative, roots)
        files.append(SourceFile(relative, kind, module, is_package, size))
    files.sort()
    return files, problems


def source_roots(root: Path, src: Sequence[str]) -> list[str]:
    """Configured roots, else ``src`` (when it is a directory, not a package) and ``.``."""
    if src:
        roots = [s.strip("/").replace("\\", "/") for s in src]
    else:
        roots = ["."]
        candidate = root / "src"
        if candidate.is_dir() and not (candidate / "__init__.py").exists():
            roots.insert(0, "src")
    roots = ["" if r in (".", "") else r for r in roots]
    return sorted(roots, key=len, reverse=True)


def module_name(relative: str, roots: Iterable[str]) -> tuple[str, bool]:
    """Dotted module name for ``relative`` under the longest matching source root."""
    for source_root in roots:
        prefix = f"{source_root}/" if source_root else ""
        if relative.startswith(prefix):
            inner = relative[len(prefix):]
            break
    else:
        inner = relative
    stem, _ = os.path.splitext(inner)
    parts = stem.split("/")
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return ".".join(parts), is_package


def _exclusion(patterns: Sequence[str]) -> Callable[[str, str], bool]:
    """One compiled test for all patterns: a pattern matches an entry's name, its relative
    path, or (as a directory) any path below it. Compiled once, because fnmatch per
    pattern per entry was a tenth of a warm run."""
    if not patterns:
        return lambda relative, name: False
    by_name = re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))
    by_path = re.compile("|".join(f"(?:{fnmatch.translate(p)})|(?:{fnmatch.translate(p.rstrip('/') + '/*')})" for p in patterns))
    return lambda relative, name: bool(by_name.match(name) or by_path.match(relative))


def excluded_path(relative: str, patterns: Sequence[str]) -> bool:
    """Whether discovery would leave out ``relative`` (or a directory on its way): the same
    test the walk makes, for a path that is not on disk (a file a notebook writes)."""
    excluded = _exclusion(patterns)
    parts = relative.split("/")
    return any(excluded("/".join(parts[: i + 1]), parts[i]) for i in range(len(parts)))


def has_mllens_table(directory: str | Path) -> bool:
    """Whether ``directory/pyproject.toml`` configures mllens. A cheap text test first, so
    the many pyproject files that do not mention mllens are never parsed."""
    path = os.path.join(directory, "pyproject.toml")
    try:
        with open(path, "rb") as handle:
            data = handle.read(1_000_000)
    except OSError:
        return False
    return re.search(rb"^\s*\[\s*tool\s*\.\s*mllens\s*[\].]", data, re.M) is not None


def project_root(start: Path) -> Path:
    """The project a run from ``start`` belongs to: the nearest directory at or above it
    whose pyproject.toml configures mllens, else ``start`` itself. Running from a
    subdirectory of a project analyses that project, not only the subdirectory."""
    for candidate in (start, *start.parents):
        if has_mllens_table(candidate):
            return candidate
    return start


def _walk(
    root: Path, real_root: str, exclude: Sequence[str], problems: list[tuple[str, str]], subprojects: list[str] | None = None
) -> Iterable[tuple[str, int]]:
    excluded = _exclusion(exclude)
    stack = [""]
    while stack:
        relative_dir = stack.pop()
        directory = os.path.join(root, relative_dir) if relative_dir else str(root)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            problems.append((relative_dir or ".", f"cannot list directory: {exc.strerror or exc}"))
            continue
        # a saved MLflow model (its `MLmodel` file) keeps a copy of the project's code in `code/`
        # (`log_model(code_paths=...)`): a copy, whose findings the original already has
        saved_model = any(entry.name == "MLmodel" for entry in entries)
        for entry in entries:
            relative = f"{relative_dir}/{entry.name}" if relative_dir else entry.name
            if excluded(relative, entry.name):
                continue
            if not _utf8(entry.name):
                # module names, cache keys and reports need text: name the path by its bytes
                if os.path.splitext(entry.name)[1] in SUFFIXES or entry.is_dir(follow_symlinks=False):
                    problems.append((_shown_path(relative), "file name is not valid UTF-8; not analysed"))
                continue
            try:
                if entry.is_symlink():
                    target = os.path.realpath(entry.path)
                    if entry.is_dir() or os.path.commonpath([target, real_root]) != real_root:
                        continue
                if entry.is_dir(follow_symlinks=False):
                    if os.path.exists(os.path.join(entry.path, "pyvenv.cfg")) or (saved_model and entry.name == "code"):
                        continue
                    if subprojects is not None and has_mllens_table(entry.path):
                        subprojects.append(relative)
                        continue
                    stack.append(relative)
                elif entry.is_file():
                    if os.path.splitext(entry.name)[1] in SUFFIXES or config_kind(relative):
                        yield relative, entry.stat().st_size
            except OSError as exc:  # a symlink loop, a file gone meanwhile: a problem only where we would read
                if os.path.splitext(entry.name)[1] in SUFFIXES or config_kind(relative):
                    problems.append((relative, f"cannot read: {exc.strerror or exc}"))


def _shown_path(relative: str) -> str:
    """``relative`` as text: bytes that are not UTF-8 become ``\\xNN`` escapes."""
    return os.fsencode(relative).decode("utf-8", "backslashreplace")


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
