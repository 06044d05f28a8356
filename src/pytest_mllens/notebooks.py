"""Jupyter notebooks as Python source: code cells joined in order, magics neutralised.

IPython syntax (``%magic``, ``!shell``, ``%%cell-magic``, ``obj?``) is not Python; each
such line becomes ``pass`` at the same indentation so that line numbers and block
structure survive, and a cell magic turns its whole cell into blank lines.
"""

from __future__ import annotations

import json

__all__ = ["NotebookError", "notebook_source"]


class NotebookError(Exception):
    """The file is not a readable notebook; the message says why."""


def notebook_source(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return the joined code of a notebook and, per code cell, (first line, cell number)."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise NotebookError(f"not valid notebook JSON: {exc}") from None
    cells = document.get("cells") if isinstance(document, dict) else None
    if not isinstance(cells, list):
        raise NotebookError("not a notebook: no 'cells' list (nbformat 4 expected)")
    lines: list[str] = []
    starts: list[tuple[int, int]] = []
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list):
            if not all(isinstance(part, str) for part in source):
                raise NotebookError(f"cell {number}: 'source' must be a string or a list of strings")
            source = "".join(source)
        if not isinstance(source, str):
            raise NotebookError(f"cell {number}: 'source' must be a string or a list of strings")
        starts.append((len(lines) + 1, number))
        lines.extend(_python_lines(source))
        lines.append("")
    return "\n".join(lines) + "\n", tuple(starts)


def _python_lines(source: str) -> list[str]:
    cell_lines = source.splitlines() or [""]
    if cell_lines[0].lstrip().startswith("%%"):
        return ["" for _ in cell_lines]
    result = []
    for line in cell_lines:
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")) or (stripped.endswith("?") and not stripped.startswith("#")):
            indent = line[: len(line) - len(stripped)]
            result.append(f"{indent}pass")
        else:
            result.append(line)
    return result
