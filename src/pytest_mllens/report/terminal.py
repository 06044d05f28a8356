"""Plain-text rendering of check results, for pytest failures and the terminal summary.

Paths, module names, literals and the other project-derived text in findings reach a
terminal (and CI logs), so every such string goes through :func:`printable`: a finding is
always one line plus its evidence lines, no escape sequence from the project reaches the
terminal, and no line can start a GitHub Actions workflow command (``::error::``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..check import Check
from ..findings import Finding
from ..lens import Reference, practice, principle
from .paths import from_directory

if TYPE_CHECKING:
    from ..model.roles.role_reason import RoleReason

__all__ = ["not_analysed_line", "printable", "references", "render_failure", "render_finding", "role_lines"]


def printable(text: str) -> str:
    """``text`` on one line: newlines, control and other non-printable characters (ANSI
    escapes, bidi overrides, lone surrogates) become ``repr``-style escapes (``\\n``,
    ``\\x1b``, ``\\u202e``), and a leading ``::`` becomes ``\\x3a:``."""
    if text.isprintable():
        shown = text
    else:
        shown = "".join(ch if ch.isprintable() else _escape(ch) for ch in text)
    stripped = shown.lstrip()
    if stripped.startswith("::"):
        indent = len(shown) - len(stripped)
        shown = f"{shown[:indent]}\\x3a{stripped[1:]}"
    return shown


def not_analysed_line(path: str, message: str) -> str:
    """``mllens: not analysed: PATH: why`` for the summary; the reason's own trailing
    ``; not analysed`` (kept in the JSON and SARIF messages) is not said twice."""
    return printable(f"mllens: not analysed: {path}: {message.removesuffix('; not analysed')}")


def references(check: type[Check]) -> list[Reference]:
    refs = [practice(p) for p in check.practices]
    if check.principle:
        refs.append(principle(check.principle))
    return refs


def render_finding(check: type[Check], finding: Finding, root: Path | None = None, base: Path | None = None) -> list[str]:
    """A finding's headline (its location shown from ``base``, default the current directory,
    when the analysed ``root`` is given), then its evidence, lens references and fix."""
    where = f"{from_directory(root, finding.path, base)}:{finding.line}:{finding.column}"
    lines = [printable(f"{where} {check.id} {finding.message}")]
    if finding.cell:
        lines.append(f"    notebook cell {finding.cell}, line {finding.line} of the cell")
    lines.extend(f"    {printable(item)}" for item in finding.evidence)
    ids = ", ".join(ref.id for ref in references(check) if ref.id in check.practices)
    if ids:
        lines.append(f"    lens: {ids}")
    if check.fix:
        lines.append(f"    fix: {printable(check.fix)}")
    return lines


def render_failure(check: type[Check], findings: tuple[Finding, ...], root: Path | None = None, base: Path | None = None) -> str:
    """A failing check's report. With the analysed ``root``, locations are shown from ``base``
    (default: the current directory) and, where that differs from the root, a note says that
    the paths inside the evidence are the project's own."""
    count = len(findings)
    lines = [f"{check.id} {check.name}: {check.summary} ({count} finding{'s' if count != 1 else ''})", ""]
    for finding in findings:
        lines.extend(render_finding(check, finding, root, base))
        lines.append("")
    prefix = from_directory(root, ".", base)
    if root is not None and prefix != ".":
        lines.append(printable(f"(paths in the evidence are relative to the project {prefix}/)"))
    if check.rationale:
        lines.append(f"why: {check.rationale}")
    refs = references(check)
    if refs:
        lines.append("lens references:")
        # a design principle's key (decouple_training_...) is a catalogue key, not a lens ID
        lines.extend(f"  - {ref.render() if ref.id in check.practices else f'design principle: {ref.title} <{ref.url}>'}" for ref in refs)
    return "\n".join(lines).rstrip() + "\n"


def _escape(ch: str) -> str:
    return repr(ch)[1:-1]


def role_lines(roles: Mapping[str, Sequence[RoleReason]], paths: Sequence[str]) -> list[str]:
    """``--mllens-roles``: the role map as the checks saw it, one line per module and role,
    narrowed by path arguments like the findings."""
    from ..analysis import within

    rows = [(path, reason) for path, reasons in sorted(roles.items()) if within(path, paths) for reason in reasons]
    counts = {role: sum(1 for _, r in rows if r.role == role) for role in sorted({r.role for _, r in rows})}
    head = ", ".join(f"{count} {role}" for role, count in counts.items()) or "none"
    return [f"mllens roles: {head}", *(f"  {path} is {r.role} code: {printable(r.reason)}" for path, r in rows)]
