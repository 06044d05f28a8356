"""Hook specifications: how a package adds checks and ML-API knowledge.

The built-in checks (``pytest_mllens.checks``) implement these hooks exactly as a
third-party package does; packages are found through the ``mllens`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pluggy

__all__ = ["hookimpl", "hookspec"]

PROJECT_NAME = "mllens"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def mllens_checks() -> Sequence[type]:  # type: ignore[empty-body]
    """Return check classes (subclasses of :class:`pytest_mllens.Check`) to register.

    Each check's ``id`` and ``name`` must be unique across all installed plugins.
    """


@hookspec
def mllens_knowledge() -> Sequence[Mapping[str, Any]]:  # type: ignore[empty-body]
    """Return knowledge documents, each shaped like a file in ``pytest_mllens/knowledge``:
    ``{"framework": "...", "rule": [{"kind": ..., "match": ..., "name": ..., "says": ...}]}``.
    """
