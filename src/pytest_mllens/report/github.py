"""GitHub Actions workflow commands: each open finding as ``::error file=...::message``, so it
shows on the pull request's diff. Printed when ``GITHUB_ACTIONS=true``. The ``file`` is the
path from the repository root as the runner sees it (``GITHUB_WORKSPACE``, else the current
directory), so a project in a subfolder still annotates its files.

Workflow commands are parsed line by line, so every value is escaped as the Actions runner
expects (``%``, ``\\r``, ``\\n`` in data; additionally ``:`` and ``,`` in properties): a finding
can neither break its own annotation nor start another command. Other control characters
(ANSI escapes) are shown as ``\\x1b`` as in the terminal report.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .paths import from_directory, workspace
from .records import OPEN, Record
from .terminal import printable

__all__ = ["annotation", "annotations", "escape_data", "escape_property"]


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(record: Record, base: Path | None = None) -> str:
    """``::error file=PATH,line=N,col=N,title=ID name::message`` plus evidence and fix on
    further (escaped) lines of the same annotation."""
    finding, check = record.finding, record.check
    path = from_directory(record.root, finding.path, workspace() if base is None else base)
    level = "error" if finding.severity == "error" else "warning"
    body = [finding.message]
    if finding.cell:
        body.append(f"notebook cell {finding.cell}, line {finding.line} of the cell")
    body.extend(finding.evidence)
    if check.practices:
        body.append("lens: " + ", ".join(check.practices))
    if check.fix:
        body.append(f"fix: {check.fix}")
    body = [printable(line) for line in body]  # no terminal escape sequence from the project reaches the log
    properties = ",".join(
        f"{key}={escape_property(printable(value))}"
        for key, value in (("file", path), ("line", str(finding.line)), ("col", str(finding.column)), ("title", f"{check.id} {check.name}"))
    )
    return f"::{level} {properties}::{escape_data(chr(10).join(body))}"


def annotations(items: Iterable[Record], base: Path | None = None) -> list[str]:
    """One command per open finding (suppressed and baselined findings are not annotated);
    ``base`` is the repository root paths are given from (default: see :func:`.paths.workspace`)."""
    return [annotation(r, base) for r in items if r.status == OPEN]
