"""The filter stage: suppressions (inline, file, per-file-ignores) with their governance,
unused suppressions (ML000), and notebook line mapping, applied to the checks' results."""

from __future__ import annotations

import fnmatch
import posixpath
from dataclasses import replace

from .analysis import Analysis, CheckResult, Suppression
from .check import Check
from .config import Settings
from .facts.records import FileFacts, cell_position
from .facts.text import SourceLines, joined_line, suppression_reasons
from .findings import Finding
from .registry import Registry

__all__ = ["UnusedSuppression", "apply_filters", "ignored_for_path"]


class UnusedSuppression(Check):
    """Reported by the suppression filter itself: a ``# mllens: ignore[...]`` that matched nothing."""

    id = "ML000"
    name = "unused-suppression"
    summary = "A `# mllens: ignore[...]` comment suppresses nothing."
    rationale = "Stale suppressions hide future findings on that line and mislead readers."
    fix = "Delete the comment, or correct the check id or name it lists."


def apply_filters(analysis: Analysis, registry: Registry) -> None:
    """Inline and file suppressions, per-file ignores, then notebook line mapping."""
    by_path = {f.path: f for f in analysis.files}
    used: set[tuple[str, int, str]] = set()
    text = SourceLines(analysis.root)
    for name, result in list(analysis.results.items()):
        check = result.check
        kept = []
        hidden = []
        for finding in result.findings:
            facts = by_path.get(finding.path)
            ignored = ignored_for_path(analysis.settings, finding.path, name) or bool(facts and facts.origin and ignored_for_path(analysis.settings, facts.origin, name))
            how = "per-file-ignores" if ignored else ""
            if facts is not None and (not how or name in analysis.settings.unsuppressible):  # a refused comment is not also "unused"
                how = _suppressed(facts, finding, check, used) or how
            if not how:
                kept.append(_to_cell(facts, finding))
                continue
            reason = _reason(text, facts, finding, check, how, by_path)
            refusal = _refusal(analysis.settings, name, how, reason)
            if refusal:  # suppression governance: the finding stays, and says why
                kept.append(_to_cell(facts, replace(finding, evidence=(*finding.evidence, refusal))))
            else:
                hidden.append(Suppression(_to_cell(facts, finding), how, reason))
        analysis.results[name] = replace(result, findings=tuple(sorted(kept)), suppressed=tuple(sorted(hidden)))
    settings = analysis.settings
    enabled = UnusedSuppression.name not in settings.ignore and (not settings.select or UnusedSuppression.name in settings.select)
    unused = _unused_suppressions(analysis, registry, used) if enabled else None
    if unused is not None:
        analysis.results[UnusedSuppression.name] = unused


def ignored_for_path(settings: Settings, path: str, name: str) -> bool:
    """Whether ``per-file-ignores`` silences check ``name`` in ``path`` (references in the
    settings are already check names)."""
    return any(name in refs and fnmatch.fnmatchcase(path, glob) for glob, refs in settings.per_file_ignores.items())


def _suppressed(facts: FileFacts, finding: Finding, check: type[Check], used: set[tuple[str, int, str]]) -> str:
    """``"file"``, ``"inline"`` or ``""``: which comment (if any) suppresses ``finding``."""
    keys = {check.id, check.name, "*"}
    if keys.intersection(facts.file_suppressions):
        used.add((facts.path, 0, next(iter(keys.intersection(facts.file_suppressions)))))
        return "file"
    for line, codes in facts.suppressions:
        if line == finding.line:
            for code in codes:
                if code in keys:
                    used.add((facts.path, line, code))
                    return "inline"
    return ""


def _reason(text: SourceLines, facts: FileFacts | None, finding: Finding, check: type[Check], how: str, by_path: dict[str, FileFacts] | None = None) -> str:
    """The ``because ...`` of the comment that suppressed ``finding`` (read back from the file:
    only files with a used suppression are read; for a script a notebook writes, from the
    notebook's cell)."""
    if facts is None or how == "per-file-ignores":
        return ""
    keys = {check.id, check.name, "*"}
    path, line_number = facts.path, finding.line
    if facts.origin:
        notebook = (by_path or {}).get(facts.origin)
        if notebook is None or not facts.cells:
            return ""
        path, line_number = facts.origin, joined_line(notebook.cells, *cell_position(facts.cells, finding.line))
    numbers = [line_number] if how == "inline" else range(1, len(text.lines(path)) + 1)
    for number in numbers:
        line = text.line(path, number)
        if "mllens" not in line:
            continue
        for kind, codes, reason in suppression_reasons(line):
            if (kind == "ignore-file") == (how == "file") and keys.intersection(codes):
                return reason
    return ""


def _refusal(settings: Settings, name: str, how: str, reason: str) -> str:
    """Why a suppression is refused (an evidence line for the finding it leaves standing), or ``""``."""
    if name in settings.unsuppressible:
        return f"not suppressed: {name} is unsuppressible ([tool.mllens] unsuppressible); fix the finding or record it in a baseline"
    if settings.require_suppression_reason and how != "per-file-ignores" and not reason:
        return "not suppressed: the comment gives no reason and [tool.mllens] require-suppression-reason is on; write `# mllens: ignore[...] because <reason>`"
    return ""


def _unused_suppressions(analysis: Analysis, registry: Registry, used: set[tuple[str, int, str]]) -> CheckResult | None:
    ran = {ref for name in analysis.results for ref in (name, registry.checks[name].id) if name in registry.checks}
    own = {UnusedSuppression.id, UnusedSuppression.name}
    known = set(registry.aliases) | own | {"*"}
    findings = []
    for facts in analysis.files:
        if own.intersection(facts.file_suppressions) or ignored_for_path(analysis.settings, facts.path, UnusedSuppression.name):
            continue
        for line, codes in facts.suppressions:
            if own.intersection(codes):  # `ignore[ML002, ML000]`: keep it even when unused
                continue
            for code in codes:
                if (facts.path, line, code) in used:
                    continue
                if code not in known:
                    message = f"suppression names an unknown check {code!r}"
                elif code == "*" or code in ran:
                    message = f"suppression `# mllens: ignore[{code}]` matches no finding on this line" if code != "*" else "`# mllens: ignore` matches no finding on this line"
                else:
                    continue
                finding = Finding(facts.path, line, 1, UnusedSuppression.name, message, ("remove the comment or fix the check id/name",))
                findings.append(_to_cell(facts, finding))
    if not findings and not any(f.suppressions for f in analysis.files):
        return None
    return CheckResult(UnusedSuppression, tuple(sorted(findings)))


def _to_cell(facts: FileFacts | None, finding: Finding) -> Finding:
    """A finding in a notebook at its cell; one in a file a notebook writes (``%%writefile``),
    in that notebook, at the cell and line that write it."""
    if facts is None or not facts.cells or (facts.kind != "ipynb" and not facts.origin):
        return finding
    cell, line = cell_position(facts.cells, finding.line)
    if facts.origin:
        written = posixpath.relpath(facts.path, posixpath.dirname(facts.origin) or ".")
        note = f"{facts.path} is not in the repository: cell {cell} of {facts.origin} writes it (%%writefile {written})"
        return replace(finding, path=facts.origin, line=line, cell=cell, evidence=(note, *finding.evidence))
    return replace(finding, line=line, cell=cell)
