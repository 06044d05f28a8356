"""Concise output: one line per finding, ``path:line:col: ID message``, the form ruff's and
flake8's concise formats use and that editors and CI problem matchers parse. The path is
shown from the current directory, as ruff and pytest show theirs (see :mod:`.paths`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .paths import from_directory
from .records import OPEN, Record
from .terminal import printable

__all__ = ["concise_line", "concise_lines"]


def concise_line(record: Record, base: Path | None = None) -> str:
    f = record.finding
    where = f"{from_directory(record.root, f.path, base)}:{f.line}:{f.column}"
    cell = f" (notebook cell {f.cell})" if f.cell else ""
    return printable(f"{where}: {record.check.id} {f.message}{cell}")


def concise_lines(items: Iterable[Record], base: Path | None = None) -> list[str]:
    """The open findings' lines; ``base`` is the directory paths are shown from (default: the
    current directory)."""
    return [concise_line(r, base) for r in items if r.status == OPEN]
