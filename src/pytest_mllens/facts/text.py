"""A file's source lines read back after the analysis, for what reports and filters need
of the text itself: a suppression comment's reason, a finding's source line (baseline
fingerprints, HTML excerpts).

Only files that have findings or used suppressions are read, once each; the lines are the
ones the checks saw (a notebook's joined code cells), so line numbers agree with the facts.
"""

from __future__ import annotations

import re
from pathlib import Path

from .notebooks import NotebookError, notebook_source
from .source import SourceError, decode_source

__all__ = ["SourceLines", "joined_line", "suppression_reasons"]

# The comment grammar of facts/suppressions.py plus an optional ``because <reason>``.
_LINE_END = re.compile(r"\r\n|\r|\n")
_COMMENT = re.compile(r"#\s*mllens:\s*(ignore-file|ignore)\b(?:\[([^\]]*)\])?(?:\s+because\b\s*(.*))?")


class SourceLines:
    """Lines of the files below ``root``, read on first use; a file that cannot be read has none."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lines: dict[str, list[str]] = {}

    def lines(self, path: str) -> list[str]:
        if path not in self._lines:
            self._lines[path] = _read(self.root / path, path.endswith(".ipynb"))
        return self._lines[path]

    def line(self, path: str, number: int) -> str:
        """Line ``number`` (1-based, in the joined source for notebooks); ``""`` when absent."""
        lines = self.lines(path)
        return lines[number - 1] if 0 < number <= len(lines) else ""


def _read(file: Path, notebook: bool) -> list[str]:
    try:
        text = decode_source(file.read_bytes())
        if notebook:
            text, _ = notebook_source(text)
    except (OSError, SourceError, NotebookError, ValueError):
        return []
    # split where Python ends lines (not str.splitlines(), which also breaks at \f, \x1c, \u2028, ...),
    # so numbers agree with the parser's and the suppression scanner's
    return _LINE_END.split(text)


def joined_line(cells: tuple[tuple[int, int], ...], cell: int, line: int) -> int:
    """The inverse of ``records.cell_position``: a line within notebook cell ``cell`` as a line of
    the joined source (``line`` itself when the cell is unknown)."""
    for first, number in cells:
        if number == cell:
            return first + line - 1
    return line


def suppression_reasons(line: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Each suppression comment on ``line`` as (``ignore`` or ``ignore-file``, codes, reason).

    ``# mllens: ignore[ML001] because the tokenizer is shared`` gives
    ``("ignore", ("ML001",), "the tokenizer is shared")``; no ``because`` gives reason ``""``.
    """
    found = []
    for match in _COMMENT.finditer(line):
        codes = tuple(sorted(c.strip() for c in (match.group(2) or "").split(",") if c.strip())) or ("*",)
        found.append((match.group(1), codes, (match.group(3) or "").strip()))
    return found
