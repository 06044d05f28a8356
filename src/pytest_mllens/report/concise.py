"""Concise output: one line per finding, ``path:line:col: ID message``, the form ruff's and
flake8's concise formats use and that editors and CI problem matchers parse."""

from __future__ import annotations

from collections.abc import Iterable

from .records import OPEN, Record
from .terminal import printable

__all__ = ["concise_line", "concise_lines"]


def concise_line(record: Record) -> str:
    f = record.finding
    where = f"{f.path}:{f.line}:{f.column}"
    cell = f" (notebook cell {f.cell})" if f.cell else ""
    return printable(f"{where}: {record.check.id} {f.message}{cell}")


def concise_lines(items: Iterable[Record]) -> list[str]:
    return [concise_line(r) for r in items if r.status == OPEN]
