"""Finding records: what a check returns. Rendering lives in ``render`` and ``report_json``."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Finding", "abridge", "more_line"]


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
    project_wide: bool = field(default=False, compare=False)
    """A verdict on the whole project (no drift monitor anywhere), anchored at one of many
    places that could carry it: matched in a baseline by its check and message, not its place,
    so adding an unrelated module that sorts first does not make it new."""
    more_evidence: tuple[str, ...] = field(default=(), compare=False)
    """Evidence lines left out of ``evidence`` to keep the terminal short, in order:
    ``evidence`` holds the line ``... and N more`` where they belong (see ``abridge``).
    Machine-readable reports show :attr:`complete_evidence` instead."""

    @property
    def complete_evidence(self) -> tuple[str, ...]:
        """``evidence`` with its ``... and N more`` line replaced by the lines it stands for."""
        if not self.more_evidence:
            return self.evidence
        marker = more_line(len(self.more_evidence))
        if marker not in self.evidence:
            return (*self.evidence, *self.more_evidence)
        at = self.evidence.index(marker)
        return (*self.evidence[:at], *self.more_evidence, *self.evidence[at + 1 :])

    @property
    def location(self) -> str:
        """``path:line:col``, the form editors and CI problem matchers parse; for a notebook the
        line is the line within the cell, and the cell is named in the rendered evidence."""
        return f"{self.path}:{self.line}:{self.column}"


def more_line(count: int) -> str:
    """The evidence line that stands for ``count`` lines left out."""
    return f"... and {count} more"


def abridge(lines: tuple[str, ...] | list[str], keep: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The first ``keep`` of ``lines`` plus a ``... and N more`` line, and the lines left out
    (for ``Finding.more_evidence``); ``lines`` unchanged and nothing left out when they fit."""
    if len(lines) <= keep:
        return tuple(lines), ()
    return (*lines[:keep], more_line(len(lines) - keep)), tuple(lines[keep:])
