"""One analysis run: discovery -> facts -> project model -> checks -> filters.

Pure: nothing here imports pytest, so the engine can be driven from tests, benchmarks
and other front-ends. The analysed code is read as text and never imported.
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .check import Check
from .config import Settings
from .discovery import SourceFile, discover
from .extract import SourceError, decode_source, extract_facts
from .facts import FileFacts, cell_position
from .findings import Finding
from .knowledge import rules_from_config
from .notebooks import NotebookError, notebook_source
from .project import Project
from .registry import Registry

__all__ = ["Analysis", "CheckResult", "analyse", "extract_file"]

METRIC_WORDS = frozenset(
    """accuracy acc auc roc pr f1 fbeta precision recall rmse mse mae mape smape r2 rsquared loss
    logloss score scores metric metrics threshold thresholds baseline champion challenger incumbent
    production prod best min max minimum maximum gini ks ndcg map mrr bleu rouge perplexity wer cer
    iou dice kappa mcc brier lift approved approval improvement improves better worse regression
    tolerance margin quality performance eval evaluation objective""".split()
)


@dataclass(frozen=True)
class CheckResult:
    check: type[Check]
    findings: tuple[Finding, ...] = ()
    error: str = ""


@dataclass
class Analysis:
    root: Path
    settings: Settings
    files: list[FileFacts]
    project: Project
    errors: list[tuple[str, str]]
    results: dict[str, CheckResult] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return sorted(f for result in self.results.values() for f in result.findings)


class UnusedSuppression(Check):
    """Reported by the suppression filter itself: a ``# mllens: ignore[...]`` that matched nothing."""

    id = "ML000"
    name = "unused-suppression"
    summary = "A `# mllens: ignore[...]` comment suppresses nothing."
    rationale = "Stale suppressions hide future findings on that line and mislead readers."
    fix = "Delete the comment, or correct the check id or name it lists."


def extract_file(root: Path, source: SourceFile, max_size: int) -> FileFacts:
    """Read and parse one file into facts; any problem becomes ``FileFacts.error``."""
    base = FileFacts(path=source.path, module=source.module, kind=source.kind)
    if source.size > max_size:
        return replace(base, error=f"file is {source.size} bytes, over max-file-size ({max_size}); not analysed")
    try:
        data = (root / source.path).read_bytes()
    except OSError as exc:
        return replace(base, error=f"cannot read: {exc.strerror or exc}")
    cells: tuple[tuple[int, int], ...] = ()
    try:
        if source.kind == "ipynb":
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                return replace(base, error="notebook is not UTF-8 JSON; not analysed")
            text, cells = notebook_source(text)
            if not cells:
                return replace(base, cells=())
        else:
            text = decode_source(data)
    except (SourceError, NotebookError) as exc:
        return replace(base, error=str(exc))
    facts = extract_facts(text, path=source.path, module=source.module, is_package=source.is_package, metric_words=METRIC_WORDS, kind=source.kind)
    return replace(facts, cells=cells) if cells else facts


def analyse(root: Path, settings: Settings, registry: Registry, checks: Iterable[str] | None = None) -> Analysis:
    """Run every enabled check over the project at ``root``."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    sources, walk_problems = discover(root, (*settings.exclude, *settings.extend_exclude), settings.src, settings.notebooks)
    timings["discovery"] = time.perf_counter() - started

    started = time.perf_counter()
    files = [extract_file(root, source, settings.max_file_size) for source in sources]
    timings["parsing"] = time.perf_counter() - started

    started = time.perf_counter()
    knowledge = registry.knowledge(rules_from_config(settings.knowledge))
    good = [f for f in files if not f.error]
    project = Project(good, knowledge, settings, settings.roles, settings.not_roles)
    timings["project"] = time.perf_counter() - started

    errors = sorted([*walk_problems, *((f.path, f.error) for f in files if f.error)])
    analysis = Analysis(root, settings, files, project, errors, timings=timings)
    for name in enabled_checks(registry, settings, checks):
        started = time.perf_counter()
        analysis.results[name] = _run_check(registry.checks[name], settings.check_options.get(name, {}), project)
        timings[f"check {name}"] = time.perf_counter() - started
    _apply_filters(analysis, registry)
    return analysis


def enabled_checks(registry: Registry, settings: Settings, only: Iterable[str] | None = None) -> list[str]:
    names = sorted(registry.checks)
    if settings.select:
        names = [n for n in names if n in settings.select]
    names = [n for n in names if n not in settings.ignore]
    if only is not None:
        wanted = set(only)
        names = [n for n in names if n in wanted]
    return names


def _run_check(check: type[Check], options: Mapping[str, object], project: Project) -> CheckResult:
    try:
        findings = tuple(sorted(check(options).run(project)))
    except Exception as exc:  # noqa: BLE001 - a failing check must not take the run down
        return CheckResult(check, error=f"{check.__module__}.{check.__qualname__} raised {exc.__class__.__name__}: {exc}")
    return CheckResult(check, findings)


def _apply_filters(analysis: Analysis, registry: Registry) -> None:
    """Inline and file suppressions, per-file ignores, then notebook line mapping."""
    by_path = {f.path: f for f in analysis.files}
    used: set[tuple[str, int, str]] = set()
    for name, result in list(analysis.results.items()):
        check = result.check
        kept = []
        for finding in result.findings:
            facts = by_path.get(finding.path)
            if _ignored_for_path(analysis.settings, finding.path, name):
                continue
            if facts is not None and _suppressed(facts, finding, check, used):
                continue
            kept.append(_to_cell(facts, finding))
        analysis.results[name] = replace(result, findings=tuple(sorted(kept)))
    unused = _unused_suppressions(analysis, registry, used)
    if unused is not None:
        analysis.results[UnusedSuppression.name] = unused


def _ignored_for_path(settings: Settings, path: str, name: str) -> bool:
    return any(name in refs and fnmatch.fnmatchcase(path, glob) for glob, refs in settings.per_file_ignores.items())


def _suppressed(facts: FileFacts, finding: Finding, check: type[Check], used: set[tuple[str, int, str]]) -> bool:
    keys = {check.id, check.name, "*"}
    if keys.intersection(facts.file_suppressions):
        used.add((facts.path, 0, next(iter(keys.intersection(facts.file_suppressions)))))
        return True
    for line, codes in facts.suppressions:
        if line == finding.line:
            for code in codes:
                if code in keys:
                    used.add((facts.path, line, code))
                    return True
    return False


def _unused_suppressions(analysis: Analysis, registry: Registry, used: set[tuple[str, int, str]]) -> CheckResult | None:
    ran = {ref for name in analysis.results for ref in (name, registry.checks[name].id) if name in registry.checks}
    known = set(registry.aliases) | {"*"}
    findings = []
    for facts in analysis.files:
        for line, codes in facts.suppressions:
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
    if facts is None or facts.kind != "ipynb" or not facts.cells:
        return finding
    cell, line = cell_position(facts.cells, finding.line)
    return replace(finding, line=line, cell=cell)
