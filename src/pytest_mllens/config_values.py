"""Validators for the *values* of ``[tool.mllens]``: globs, qualified-name patterns, source roots.

A pattern that can never match is a silent pass: ``extend-exclude = ["/legacy"]`` excludes
nothing (paths are relative to the project root and never start with ``/`` or ``./``), a
``knowledge`` pattern written as ``"pkg/release.py"`` or ``"pkg.release:ship()"`` names no
qualified name, an unclosed ``[`` makes fnmatch match the text literally. Each validator returns
what was expected and, where one is obvious, the value the user probably meant, so that
config.py can print ``[tool.mllens] key: expected X (got V); did you mean 'W'?``.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Sequence
from pathlib import Path

__all__ = ["EXCLUDE_GLOB", "FILE_GLOB", "QUALNAME_GLOB", "ROLE_GLOB", "SOURCE_ROOT", "glob_problem", "missing_source_root", "suggest"]

EXCLUDE_GLOB = "exclude"
"""A glob matched against a file or folder name, or a path relative to the project root
(``scratch/*``, ``legacy``, ``legacy/``: a folder excludes everything below it)."""
FILE_GLOB = "file"
"""A glob matched against a file's path relative to the project root (``scripts/*.py``)."""
QUALNAME_GLOB = "qualified-name"
"""A glob matched against dotted qualified names (``mycorp.ml.fit_*``)."""
SOURCE_ROOT = "directory"
"""A folder relative to the project root (not a glob)."""
ROLE_GLOB = "path-or-module"
"""A glob matched against a file's relative path or its dotted module name."""

_EXPECTED = {
    EXCLUDE_GLOB: "glob relative to the project root, with / between folders",
    FILE_GLOB: "file glob relative to the project root, with / between folders",
    QUALNAME_GLOB: "qualified-name glob such as 'mycorp.ml.fit_*'",
    ROLE_GLOB: "path glob relative to the project root or dotted module glob",
    SOURCE_ROOT: "directory relative to the project root, with / between folders",
}
_QUALNAME = re.compile(r"[\w.*?\[\]!-]+")


def glob_problem(pattern: str, kind: str) -> tuple[str, str]:
    """``("", "")`` when ``pattern`` can match, else (what was expected, suggested fix or "")."""
    expected = _EXPECTED.get(kind, "glob")  # a plugin may name a kind this version does not know
    if not pattern.strip():
        return f"non-empty {expected}", ""
    if pattern != pattern.strip():
        return f"{expected}, without surrounding spaces", pattern.strip()
    if kind != SOURCE_ROOT and not _brackets_closed(pattern):
        return f"{expected} (an unclosed '[' matches only itself)", ""
    if kind == QUALNAME_GLOB:
        return _qualname_problem(pattern, expected)
    if "\\" in pattern:
        return expected, pattern.replace("\\", "/")
    if pattern.startswith("/") or re.match(r"[A-Za-z]:/", pattern):
        return f"{expected} (paths never start with '/')", pattern.lstrip("/") if pattern.startswith("/") else ""
    parts = pattern.split("/")
    if parts[0] == ".":
        stripped = pattern
        while stripped.startswith("./"):
            stripped = stripped[2:]
        return f"{expected} (paths never start with './')", stripped if stripped not in ("", ".") else "*"
    if ".." in parts:
        return f"{expected} (paths never contain '..'; files outside the root are not analysed)", ""
    if kind not in (EXCLUDE_GLOB, SOURCE_ROOT) and pattern.endswith("/"):
        return f"{expected} (a file path never ends with '/')", pattern + "*"
    return "", ""


def missing_source_root(root: Path, entry: str) -> tuple[str, str]:
    """``("", "")`` when ``root/entry`` is a directory, else (the problem, closest existing folder)."""
    relative = entry.strip().strip("/").replace("\\", "/") or "."
    target = root / relative
    if target.is_dir():
        return "", ""
    problem = "an existing directory under the project root" + (" (this is a file)" if target.exists() else "")
    try:
        parent = target.parent if target.parent.is_dir() else root
        folders = sorted(e.name for e in os.scandir(parent) if e.is_dir() and not e.name.startswith("."))
    except OSError:
        folders = []
    close = difflib.get_close_matches(target.name, folders, n=1, cutoff=0.6)
    suggestion = ""
    if close:
        suggestion = str((parent / close[0]).relative_to(root)).replace(os.sep, "/") if parent != root else close[0]
    return problem, suggestion


def _qualname_problem(pattern: str, expected: str) -> tuple[str, str]:
    if _QUALNAME.fullmatch(pattern) and not pattern.startswith(".") and ".." not in pattern and not pattern.endswith("."):
        return "", ""
    suggestion = pattern.strip("./").removesuffix("()").removesuffix(".py").replace(":", ".").replace("/", ".")
    suggestion = re.sub(r"\.{2,}", ".", suggestion)
    return expected, suggestion if _QUALNAME.fullmatch(suggestion) else ""


def _brackets_closed(pattern: str) -> bool:
    """Whether every ``[`` opens a set that fnmatch will see (its own scan, simplified)."""
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] == "[":
            j = i + 1
            if j < n and pattern[j] == "!":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 1
            if j >= n:
                return False
            i = j
        i += 1
    return True


def suggest(value: str, choices: Sequence[str]) -> str:
    """The closest of ``choices`` to a misspelt ``value``, or ``""``."""
    close = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.6)
    return close[0] if close else ""
