"""The built-in knowledge files pass the same strict validation as a plugin's documents."""

from __future__ import annotations

import sys
from importlib import resources

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from pytest_mllens.registry import document_problems

FILES = sorted(e.name for e in (resources.files("pytest_mllens") / "data" / "knowledge").iterdir() if e.name.endswith(".toml"))


@pytest.mark.parametrize("name", FILES)
def test_builtin_knowledge_file_is_valid(name: str) -> None:
    """No unknown keys (a misspelt `requires_import` would be silently ignored), no wrong types."""
    document = tomllib.loads((resources.files("pytest_mllens") / "data" / "knowledge" / name).read_text(encoding="utf-8"))
    assert document_problems(document) == []
