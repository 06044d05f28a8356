"""Jupyter notebooks as Python source: code cells joined in order, magics neutralised.

IPython syntax (``%magic``, ``!shell``, ``%%cell-magic``, ``obj?``, ``?obj``) is not Python; each
such line becomes ``pass`` at the same indentation so that line numbers and block
structure survive, and a cell magic turns its whole cell into blank lines.
"""

from __future__ import annotations

import json
import re

__all__ = ["NotebookError", "notebook_source"]


_LINE_END = re.compile(r"\r\n|\r|\n")
# IPython's help syntax: a whole line ``obj?``, ``obj.attr??`` or ``%magic?``; a statement
# whose comment ends in "?" (``fit(X)  # why?``) is Python and must be kept
_HELP = re.compile(r"%{0,2}[\w*]+(?:\.[\w*]+)*\?{1,2}\s*$")


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
        if not _encodable(source):
            raise NotebookError(f"cell {number}: 'source' is not valid Unicode (lone surrogate)")
        starts.append((len(lines) + 1, number))
        lines.extend(_python_lines(source))
        lines.append("")
    return "\n".join(lines) + "\n", tuple(starts)


def _encodable(text: str) -> bool:
    """JSON ``\\ud800`` escapes decode to lone surrogates, which no parser accepts."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _python_lines(source: str) -> list[str]:
    # Python ends lines only at \n, \r\n and \r; str.splitlines() would also split at
    # \f, \x1c, \u2028 and others, breaking string literals that contain them
    cell_lines = _LINE_END.split(source)
    if len(cell_lines) > 1 and cell_lines[-1] == "":
        cell_lines.pop()
    if cell_lines[0].lstrip().startswith("%%"):
        return ["" for _ in cell_lines]
    result = []
    for line in cell_lines:
        stripped = line.lstrip()
        if stripped.startswith(("%", "!", "?")) or _HELP.match(stripped):
            indent = line[: len(line) - len(stripped)]
            result.append(f"{indent}pass")
        else:
            result.append(line)
    return result
