"""The filter stage: suppressions (inline, file, per-file-ignores) with their governance,
unused suppressions (ML000), and notebook line mapping, applied to the checks' results."""

from __future__ import annotations

import difflib
import fnmatch
import io
import posixpath
import tokenize
from dataclasses import replace

from .analysis import Analysis, CheckResult, Suppression
from .check import Check
from .config import Settings
from .facts.records import FileFacts, cell_position
from .facts.text import SourceLines, joined_line, suppression_reasons
from .findings import Finding
from .registry import Registry

__all__ = ["UnusedSuppression", "apply_filters", "check_selected", "ignored_for_path", "reports_unused_suppressions"]


class UnusedSuppression(Check):
    """Reported by the suppression filter itself: a ``# mllens: ignore[...]`` that matched nothing."""

    id = "ML000"
    name = "unused-suppression"
    summary = "A `# mllens: ignore[...]` comment suppresses nothing, or a path in per-file-ignores / roles / not-roles names no file."
    rationale = "Stale suppressions hide future findings on that line and mislead readers; a misspelt path in the configuration silently does nothing."
    fix = "Delete the comment, or correct the check id or name it lists; correct or remove the configuration entry."
    looks_for = (
        "Every `# mllens: ignore[...]` line comment that suppressed no finding of a check that ran, and every check id or name "
        "in a comment that no installed check has (with a did-you-mean). A finding is reported, and suppressed, on the first "
        "line of its statement: a comment on the closing `)` of a multi-line call suppresses nothing, and this report names "
        "the line it belongs on. A literal path or module name in `per-file-ignores`, `roles` or `not-roles` that names no "
        "analysed file or module is reported at its line in pyproject.toml (a glob that matches nothing today is not). Naming ML000 in the comment (`# mllens: ignore[ML002, ML000]`) keeps a deliberate suppression "
        "without this report; `select` / `ignore` turn the report off like any check."
    )


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
    unused = _unused_suppressions(analysis, registry, used, text) if reports_unused_suppressions(analysis.settings) else None
    if unused is not None:
        analysis.results[UnusedSuppression.name] = unused


def check_selected(settings: Settings, name: str) -> bool:
    """Whether ``[tool.mllens] select`` / ``ignore`` enable the check called ``name``: named in
    ``select`` when there is one, and not ignored. The one reading of those two settings: the
    engine's list of checks to run, the JSON report's "disabled" outcome and ``ML000`` use it."""
    return (not settings.select or name in settings.select) and name not in settings.ignore


def reports_unused_suppressions(settings: Settings) -> bool:
    """Whether ``ML000`` is on: not ignored, and named in ``select`` when there is one."""
    return check_selected(settings, UnusedSuppression.name)


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


def _unused_suppressions(analysis: Analysis, registry: Registry, used: set[tuple[str, int, str]], text: SourceLines) -> CheckResult | None:
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
                hint = "remove the comment or fix the check id/name"
                if code not in known:
                    message = f"suppression names an unknown check {code!r}"
                    close = difflib.get_close_matches(code, sorted(known - {"*"}), n=1, cutoff=0.6)
                    if close:
                        message += f"; did you mean {close[0]!r}?"
                elif code == "*" or code in ran:
                    message = f"suppression `# mllens: ignore[{code}]` matches no finding on this line" if code != "*" else "`# mllens: ignore` matches no finding on this line"
                    above = _finding_of_statement(analysis, registry, facts, line, code, text)
                    if above is not None:
                        message += f"; the {above[0]} finding of this statement is reported at line {above[1]}, where the statement starts"
                        hint = f"move the comment to line {above[1]}: a finding is reported, and suppressed, on the first line of its statement"
                else:
                    continue
                finding = Finding(facts.path, line, 1, UnusedSuppression.name, message, (hint,))
                findings.append(_to_cell(facts, finding))
    findings += _unmatched_path_settings(analysis, text)
    if not findings and not any(f.suppressions for f in analysis.files):
        return None
    return CheckResult(UnusedSuppression, tuple(sorted(findings)))


_WILDCARDS = frozenset("*?[")


def _path_settings(settings: Settings) -> list[tuple[str, str]]:
    """(key, pattern) of every path-valued setting that silences or assigns: ``per-file-ignores``
    globs, ``roles`` and ``not-roles`` entries."""
    out = [("per-file-ignores", glob) for glob in settings.per_file_ignores]
    for key, table in (("roles", settings.roles), ("not-roles", settings.not_roles)):
        out += [(f"{key}.{role}", pattern) for role, patterns in sorted(table.items()) for pattern in patterns]
    return out


def _unmatched_path_settings(analysis: Analysis, text: SourceLines) -> list[Finding]:
    """A literal path or module name (no ``*``, ``?``, ``[``) in ``per-file-ignores``, ``roles``
    or ``not-roles`` that names no analysed file or module is almost always a typo
    (``app/mian.py``): it silently does nothing, so it is reported at its line in
    pyproject.toml, with the nearest file or module name. A glob that matches nothing today
    (``notebooks/scratch_*.ipynb``) is left alone: it may match tomorrow."""
    literal = [(key, pattern) for key, pattern in _path_settings(analysis.settings) if not _WILDCARDS.intersection(pattern)]
    if not literal:
        return []
    paths = {f.path for f in analysis.files}
    if analysis.project is not None:  # deployment files (a Dockerfile, a compose or CI file) hold findings too
        paths.update(config.path for config in analysis.project.configs)
    modules = {f.module for f in analysis.files if f.module}
    config = text.lines("pyproject.toml")
    findings = []
    for key, pattern in literal:
        candidates = paths if key == "per-file-ignores" else paths | modules
        if pattern in candidates:
            continue
        message = f"[tool.mllens] {key}: {pattern!r} matches no analysed file" + ("" if key == "per-file-ignores" else " or module")
        close = difflib.get_close_matches(pattern, sorted(candidates), n=1, cutoff=0.75)
        if close:
            message += f"; did you mean {close[0]!r}?"
        line = next((number for number, source in enumerate(config, 1) if f'"{pattern}"' in source or f"'{pattern}'" in source), 1)
        hint = "correct the path (relative to the project root, / between folders) or remove the entry; excluded files are not analysed"
        findings.append(Finding("pyproject.toml", line, 1, UnusedSuppression.name, message, (hint,)))
    return findings


_MAX_STATEMENT_LINES = 40


def _finding_of_statement(analysis: Analysis, registry: Registry, facts: FileFacts, line: int, code: str, text: SourceLines) -> tuple[str, int] | None:
    """(check id, line) of an open finding that ``code`` names, reported on an earlier line of
    the same multi-line statement as the comment on ``line`` (a comment put on the closing
    ``)`` of a call), or None. Read back from the source only for an unused suppression."""
    if facts.kind != "py":
        return None
    candidates = []
    for name, result in analysis.results.items():
        check = registry.checks.get(name)
        if check is None or code not in ("*", check.id, check.name):
            continue
        candidates += [(f.line, check.id) for f in result.findings if f.path == facts.path and line - _MAX_STATEMENT_LINES <= f.line < line]
    for start, check_id in sorted(candidates, reverse=True):  # the nearest first
        if _continues(text, facts.path, start, line):
            return check_id, start
    return None


def _continues(text: SourceLines, path: str, start: int, end: int) -> bool:
    """Whether the statement that starts on line ``start`` is still open (inside brackets or
    after a backslash) at the end of every line before ``end``: ``end`` belongs to it."""
    source = "".join(text.line(path, number) + "\n" for number in range(start, end + 1))
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.NEWLINE:  # where the logical line (the statement) ends
                return token.start[0] == end - start + 1
    except tokenize.TokenError as exc:  # still inside its brackets after line ``end``: a line in its middle
        return "EOF in multi-line" in str(exc.args[0])  # 3.12 says "unexpected EOF in multi-line statement"
    except SyntaxError:  # unbalanced: not a statement that starts there
        return False
    return False


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
