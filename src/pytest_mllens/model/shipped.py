"""The knowledge files shipped in ``data/knowledge``, as text, and a digest of them.

Apart from the rule parser (model.knowledge) so that a cache key can name the built-in
knowledge without importing the matcher or parsing any TOML: a warm run only needs the digest.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from typing import Any

__all__ = ["builtin_digest", "builtin_documents", "data_table"]


@functools.lru_cache(maxsize=1)
def builtin_documents() -> tuple[tuple[str, str], ...]:
    """``(file name, text)`` of every shipped knowledge file, sorted by name."""
    folder = resources.files("pytest_mllens") / "data" / "knowledge"
    return tuple((entry.name, entry.read_text(encoding="utf-8")) for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".toml"))


@functools.lru_cache(maxsize=1)
def builtin_digest() -> str:
    """A digest of the shipped knowledge files' text: what the built-in rules are made of,
    known without parsing them (reading and hashing them costs well under a millisecond)."""
    hasher = hashlib.blake2b(digest_size=16)
    for name, text in builtin_documents():
        hasher.update(f"{name}\0{text}\0".encode())
    return hasher.hexdigest()


def data_table(name: str) -> dict[str, Any]:
    """A TOML file of ``data/`` (``release_flow.toml``, ``model_files.toml``, ...) as a table:
    the one place the model stage reads its package data (callers cache what they build)."""
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    return tomllib.loads((resources.files("pytest_mllens") / "data" / name).read_text(encoding="utf-8"))
