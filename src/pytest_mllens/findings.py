"""Finding records: what a check returns. Rendering lives in ``render`` and ``report_json``."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Finding"]


@dataclass(frozen=True, order=True)
class Finding:
    """One violation, located and explained.

    ``path`` is relative to the analysed root with forward slashes; ``line`` and
    ``column`` are 1-based (the line within the cell for notebooks, with ``cell`` set).
    ``evidence`` holds one line per fact that led to the finding (an import link, a
    role reason, the guard that was looked for).
    """

    path: str
    line: int
    column: int
    check: str = ""
    message: str = ""
    evidence: tuple[str, ...] = ()
    cell: int = 0
    severity: str = "error"

    @property
    def location(self) -> str:
        """``path:line:col``, the form editors and CI problem matchers parse; for a notebook the
        line is the line within the cell, and the cell is named in the rendered evidence."""
        return f"{self.path}:{self.line}:{self.column}"
