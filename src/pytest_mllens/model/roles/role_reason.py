"""Why a module has a role: the record cached run results hold (see model.project).

Its own small module, so that reading cached results (which keep every file's roles) does not
import the project model, the knowledge and the graphs behind it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RoleReason"]


@dataclass(frozen=True, order=True)
class RoleReason:
    role: str
    reason: str
    line: int
