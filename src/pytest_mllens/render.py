"""Plain-text rendering of check results, for pytest failures and the terminal summary."""

from __future__ import annotations

from .check import Check
from .findings import Finding
from .lens import Reference, practice, principle

__all__ = ["references", "render_failure", "render_finding"]


def references(check: type[Check]) -> list[Reference]:
    refs = [practice(p) for p in check.practices]
    if check.principle:
        refs.append(principle(check.principle))
    return refs


def render_finding(check: type[Check], finding: Finding) -> list[str]:
    lines = [f"{finding.location} {check.id} {_one_line(finding.message)}"]
    lines.extend(f"    {_one_line(item)}" for item in finding.evidence)
    ids = ", ".join(ref.id for ref in references(check) if ref.id in check.practices)
    if ids:
        lines.append(f"    lens: {ids}")
    if check.fix:
        lines.append(f"    fix: {check.fix}")
    return lines


def render_failure(check: type[Check], findings: tuple[Finding, ...]) -> str:
    count = len(findings)
    lines = [f"{check.id} {check.name}: {check.summary} ({count} finding{'s' if count != 1 else ''})", ""]
    for finding in findings:
        lines.extend(render_finding(check, finding))
        lines.append("")
    if check.rationale:
        lines.append(f"why: {check.rationale}")
    refs = references(check)
    if refs:
        lines.append("lens references:")
        lines.extend(f"  - {ref.render()}" for ref in refs)
    return "\n".join(lines).rstrip() + "\n"


def _one_line(text: str) -> str:
    """Project strings reach the terminal: no newlines or control characters survive."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text.replace("\n", "\\n"))
