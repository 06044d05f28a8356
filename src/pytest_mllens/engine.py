"""One analysis run: discovery -> facts -> project model -> checks -> filters.

Pure: nothing here imports pytest, so the engine can be driven from tests, benchmarks
and other front-ends. The analysed code is read as text and never imported.
"""

from __future__ import annotations

import contextlib
import fnmatch
import gc
import hashlib
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .facts.cache import Cache, digest
from .check import Check
from .config import Settings
from .facts.discovery import SourceFile, discover
from .facts.records import FileFacts, cell_position
from .facts.text import SourceLines, suppression_reasons
from .findings import Finding
from .model.knowledge import rules_from_config
from .facts.parsing import METRIC_WORDS, extract_all, extract_file, extract_source, parsing_jobs, read_source
from .model.runtime_targets import RuntimeTargets, runtime_targets
from .registry import Registry

if TYPE_CHECKING:
    from .model.project import Project, RoleReason

__all__ = ["METRIC_WORDS", "Analysis", "CheckResult", "Suppression", "analyse", "analyse_tree", "enabled_checks", "extract_file", "extract_source", "parsing_jobs"]

@dataclass(frozen=True, order=True)
class Suppression:
    """A finding a suppression hid, kept so reports can show it (SARIF ``suppressions``,
    ``--mllens-show-suppressed``): ``how`` is ``inline``, ``file`` or ``per-file-ignores``;
    ``reason`` is the comment's ``because ...`` text."""

    finding: Finding
    how: str
    reason: str = ""


@dataclass(frozen=True)
class CheckResult:
    check: type[Check]
    findings: tuple[Finding, ...] = ()
    error: str = ""
    suppressed: tuple[Suppression, ...] = ()
    baselined: tuple[Finding, ...] = ()  # findings a baseline accepted (set by the front-end)


@dataclass
class Analysis:
    """The outcome of one run.

    When the whole run came from the cache (``cached``), ``project`` is ``None`` and
    ``files`` hold only each file's header (path, module, kind, cells, error): reports
    need no more, and loading no more is what makes a warm run cheap.
    """

    root: Path
    settings: Settings
    files: list[FileFacts]
    project: Project | None
    errors: list[tuple[str, str]]
    results: dict[str, CheckResult] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    roles: Mapping[str, list[RoleReason]] = field(default_factory=dict)
    cached: bool = False
    stats: dict[str, int] = field(default_factory=dict)
    targets: RuntimeTargets = field(default_factory=RuntimeTargets)
    """Gate and monitor sites the runtime checks judge against coverage data (runtime_plugin)."""
    releases: list[dict[str, Any]] = field(default_factory=list)
    """Every release site with its gate verdict (the release-flow graph), for reports."""

    @property
    def findings(self) -> list[Finding]:
        return sorted(f for result in self.results.values() for f in result.findings)

    @property
    def analysed(self) -> int:
        """Files whose facts were extracted (discovered files minus those with an error)."""
        return sum(1 for f in self.files if not f.error)

    def detached(self) -> Analysis:
        """What reports and items need, without the project model: small enough to cache or to
        send to pytest-xdist workers, and nothing in it refers back to parsed syntax."""
        files = [_header(f) for f in self.files]
        return Analysis(self.root, self.settings, files, None, self.errors, dict(self.results), self.timings, roles=dict(self.roles), cached=self.cached, stats=self.stats, targets=self.targets, releases=list(self.releases))

    def view(self, paths: Iterable[str] = (), checks: Iterable[str] | None = None) -> Analysis:
        """The part of the run a user asked to see: findings and errors under ``paths`` (relative,
        POSIX; none means everything) of the checks in ``checks`` (None means every check).
        The project model always spans the whole project, so an import chain that leaves the
        named folder is still followed; only what is reported is narrowed."""
        wanted = tuple(paths)
        names = None if checks is None else set(checks)

        def inside(path: str) -> bool:
            path = path.partition("[cell ")[0]  # a notebook cell's error entry: nb.ipynb[cell 4]
            return not wanted or any(path == p or path.startswith(p.rstrip("/") + "/") for p in wanted)

        results = {
            name: replace(
                result,
                findings=tuple(f for f in result.findings if inside(f.path)),
                suppressed=tuple(s for s in result.suppressed if inside(s.finding.path)),
                baselined=tuple(f for f in result.baselined if inside(f.path)),
            )
            for name, result in self.results.items()
            if names is None or name in names
        }
        files = [f for f in self.files if inside(f.path)]
        errors = [(path, message) for path, message in self.errors if inside(path)]
        releases = [row for row in self.releases if inside(str(row["path"]))]
        return replace(self, files=files, errors=errors, results=results, releases=releases)


class UnusedSuppression(Check):
    """Reported by the suppression filter itself: a ``# mllens: ignore[...]`` that matched nothing."""

    id = "ML000"
    name = "unused-suppression"
    summary = "A `# mllens: ignore[...]` comment suppresses nothing."
    rationale = "Stale suppressions hide future findings on that line and mislead readers."
    fix = "Delete the comment, or correct the check id or name it lists."


def analyse(
    root: Path,
    settings: Settings,
    registry: Registry,
    checks: Iterable[str] | None = None,
    *,
    cache: Cache | None = None,
    jobs: int = 0,
    subprojects: list[str] | None = None,
) -> Analysis:
    """Run every enabled check over the project at ``root``.

    With a ``cache``, unchanged files are not parsed and an unchanged project is not
    analysed again. ``jobs`` is the number of parsing processes (0: automatic). When
    ``subprojects`` is a list, directories below ``root`` that configure mllens themselves
    are left out and appended to it (see :func:`analyse_tree`).
    """
    with _without_gc():
        return _analyse(root, settings, registry, checks, cache, jobs, subprojects)


def analyse_tree(
    root: Path,
    registry: Registry,
    settings_for: Callable[[Path], Settings],
    *,
    cache_for: Callable[[Path], Cache | None] = lambda path: None,
    jobs: int = 0,
) -> Analysis:
    """The project at ``root`` and every project nested below it, each with its own
    ``[tool.mllens]`` settings, as one detached analysis whose paths are relative to ``root``.

    A monorepo's services each configure the lens for themselves, the way ruff resolves the
    nearest configuration; one item per check still reports them all.
    """
    nested: list[str] = []
    analysis = analyse(root, settings_for(root), registry, cache=cache_for(root), jobs=jobs, subprojects=nested).detached()
    for relative in sorted(nested):
        inner = analyse_tree(root / relative, registry, settings_for, cache_for=cache_for, jobs=jobs)
        _merge(analysis, inner, relative + "/")
    return analysis


def _merge(outer: Analysis, inner: Analysis, prefix: str) -> None:
    """Fold ``inner`` (a nested project) into ``outer``, its paths prefixed."""
    outer.files.extend(replace(f, path=prefix + f.path) for f in inner.files)
    outer.errors = sorted([*outer.errors, *((prefix + path, message) for path, message in inner.errors)])
    roles = dict(outer.roles)
    roles.update((prefix + path, reasons) for path, reasons in inner.roles.items())
    outer.roles = roles
    for name, result in inner.results.items():
        findings = tuple(replace(f, path=prefix + f.path) for f in result.findings)
        suppressed = tuple(replace(s, finding=replace(s.finding, path=prefix + s.finding.path)) for s in result.suppressed)
        error = f"{prefix}: {result.error}" if result.error else ""
        mine = outer.results.get(name)
        if mine is None:
            outer.results[name] = replace(result, findings=findings, error=error, suppressed=suppressed)
        else:
            outer.results[name] = replace(
                mine,
                findings=tuple(sorted((*mine.findings, *findings))),
                error="; ".join(e for e in (mine.error, error) if e),
                suppressed=tuple(sorted((*mine.suppressed, *suppressed))),
            )
    for stage, seconds in inner.timings.items():
        outer.timings[stage] = outer.timings.get(stage, 0.0) + seconds
    for key, value in inner.stats.items():
        outer.stats[key] = outer.stats.get(key, 0) + value if key != "jobs" else max(outer.stats.get(key, 0), value)
    outer.cached = outer.cached and inner.cached
    outer.targets = outer.targets + inner.targets.prefixed(prefix)
    outer.releases = sorted([*outer.releases, *({**row, "path": prefix + str(row["path"])} for row in inner.releases)], key=lambda r: (str(r["path"]), int(r["line"]), str(r["api"])))


@contextlib.contextmanager
def _without_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: facts are acyclic, and a run creates hundreds of
    thousands of them, which otherwise triggers collection after collection (measured: loading
    2,000 files' facts from the cache took 2.0 s with the collector on, 0.6 s with it off)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyse(root: Path, settings: Settings, registry: Registry, checks: Iterable[str] | None, cache: Cache | None, jobs: int, subprojects: list[str] | None) -> Analysis:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    sources, walk_problems = discover(root, (*settings.exclude, *settings.extend_exclude), settings.src, settings.notebooks, subprojects)
    timings["discovery"] = time.perf_counter() - started

    started = time.perf_counter()
    contents = [read_source(root, source, settings.max_file_size) for source in sources]
    digests = [digest(data) if isinstance(data, bytes) else "" for data in contents]
    names = enabled_checks(registry, settings, checks)
    run_key = _run_key(settings, registry, names, sources, digests, walk_problems)
    timings["hashing"] = time.perf_counter() - started

    if cache is not None:
        started = time.perf_counter()
        stored = cache.results(run_key)
        timings["cache: results"] = time.perf_counter() - started
        if stored is not None:
            files, roles, errors, results, targets, releases = stored
            analysis = Analysis(root, settings, files, None, errors, results, timings, roles=roles, cached=True, targets=targets, releases=releases)
            analysis.stats.update(files=len(sources), parsed=0, cache_hits=len(sources), cache_misses=0)
            return analysis

    started = time.perf_counter()
    files: list[FileFacts | None] = [data if isinstance(data, FileFacts) else None for data in contents]
    # a notebook's facts depend on max-file-size too (it limits the notebook's code, known only once parsed)
    keys = [(s.path, f"{d}:{settings.max_file_size}" if d and s.kind == "ipynb" else d, s.module, s.is_package, s.kind) for s, d in zip(sources, digests)]
    if cache is not None:
        for i, facts in enumerate(files):
            if facts is None:
                files[i] = cache.facts(keys[i])
    todo = [i for i, facts in enumerate(files) if facts is None]
    timings["cache: facts"] = time.perf_counter() - started
    started = time.perf_counter()
    workers = parsing_jobs(jobs or settings.jobs, sum(len(contents[i]) for i in todo))  # type: ignore[arg-type]
    parsed = extract_all([(sources[i], contents[i]) for i in todo], workers, settings.max_file_size)  # type: ignore[misc]
    for i, facts in zip(todo, parsed):
        files[i] = facts
        if cache is not None:
            cache.store_facts(keys[i], facts)
    timings["parsing"] = time.perf_counter() - started
    all_files: list[FileFacts] = [f for f in files if f is not None]

    started = time.perf_counter()
    from .model.project import Project  # not needed by a run the cache answers

    knowledge = registry.knowledge(rules_from_config(settings.knowledge))
    good = [f for f in all_files if not f.error]
    project = Project(good, knowledge, settings, settings.roles, settings.not_roles)
    timings["project"] = time.perf_counter() - started
    timings.update({f"  {stage}": seconds for stage, seconds in project.timings.items()})  # parts of "project"

    cell_errors = ((f"{f.path}[cell {cell}]", reason) for f in all_files for cell, reason in f.cell_errors)
    errors = sorted([*walk_problems, *((f.path, f.error) for f in all_files if f.error), *cell_errors])
    # deployment files (kind "config") only name entry points to the project model: reports list modules
    analysis = Analysis(root, settings, [f for f in all_files if f.kind != "config"], project, errors, timings=timings, roles=project.roles)
    analysis.stats.update(files=len(sources), parsed=len(todo), jobs=workers)
    if cache is not None:
        analysis.stats.update(cache_hits=cache.hits, cache_misses=cache.misses)
    for name in names:
        started = time.perf_counter()
        analysis.results[name] = _run_check(registry.checks[name], settings.check_options.get(name, {}), project)
        timings[f"check {name}"] = time.perf_counter() - started
    started = time.perf_counter()
    analysis.targets = runtime_targets(project)
    timings["runtime targets"] = time.perf_counter() - started
    started = time.perf_counter()
    analysis.releases = _releases(project, settings)
    timings["releases"] = time.perf_counter() - started
    started = time.perf_counter()
    _apply_filters(analysis, registry)
    timings["filters"] = time.perf_counter() - started
    if cache is not None:
        started = time.perf_counter()
        cache.save_facts(key for key in keys if key[1])
        slim = analysis.detached()
        cache.store_results(run_key, (slim.files, slim.roles, errors, analysis.results, analysis.targets, analysis.releases))
        timings["cache: save"] = time.perf_counter() - started
    return analysis


def _releases(project: Project, settings: Settings) -> list[dict[str, Any]]:
    """The release list of the JSON report (built from the graph the checks share)."""
    from .model.release_flow import release_flow

    try:
        patterns = tuple(settings.check_options.get("ungated-deployment", {}).get("gate-functions", ()))
        return release_flow(project).describe(patterns)
    except Exception:  # noqa: BLE001 - a report extra must never take the run down
        return []


def _header(facts: FileFacts) -> FileFacts:
    """What reports need of a file once the run is cached: no calls, imports or definitions."""
    return FileFacts(path=facts.path, module=facts.module, kind=facts.kind, cells=facts.cells, error=facts.error)


def _run_key(settings: Settings, registry: Registry, names: list[str], sources: list[SourceFile], digests: list[str], problems: list[tuple[str, str]]) -> str:
    """Everything a run's results depend on: configuration, checks, knowledge, every file and
    every file that discovery could not take (those are reported too)."""
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(repr(sorted(problems)).encode("utf-8", "surrogatepass"))
    hasher.update(repr((replace(settings, jobs=0, cache=True, coverage=False, coverage_data=""), names, registry.rules)).encode())
    for check in sorted(registry.checks.values(), key=lambda c: c.name):
        hasher.update(f"{check.__module__}.{check.__qualname__}:{_code_stamp(check)}".encode())
    for source, file_digest in zip(sources, digests):
        hasher.update(f"{source.path}\0{source.kind}\0{source.module}\0{source.is_package}\0{source.size}\0{file_digest}\n".encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


def _code_stamp(check: type[Check]) -> str:
    """A check's code changes when a source file of its package does (helpers included), so
    editing or upgrading a plugin invalidates cached results. Files on disk, not the modules
    this process happens to have imported, so every process computes the same stamp."""
    files: set[Path] = set()
    for name in (check.__module__, check.__module__.split(".")[0]):
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None)
        if not path:
            continue
        if hasattr(module, "__path__"):  # a package: every module in it
            files.update(Path(path).parent.rglob("*.py"))
        else:  # a single-file module (never its whole site-packages folder)
            files.add(Path(path))
    stamps = []
    for path in sorted(files):
        try:
            stat = path.stat()
        except OSError:
            continue
        stamps.append(f"{path}:{stat.st_mtime_ns}:{stat.st_size}")
    return ";".join(stamps) or "?"


def enabled_checks(registry: Registry, settings: Settings, only: Iterable[str] | None = None, runtime: bool = False) -> list[str]:
    """The checks a run executes; ``runtime`` picks the checks judged against coverage data
    after the tests (their class says ``runtime = True``) instead of the static ones."""
    names = sorted(name for name, check in registry.checks.items() if bool(getattr(check, "runtime", False)) == runtime)
    if settings.select:
        names = [n for n in names if n in settings.select]
    names = [n for n in names if n not in settings.ignore]
    if only is not None:
        wanted = set(only)
        names = [n for n in names if n in wanted]
    return names


def _run_check(check: type[Check], options: Mapping[str, object], project: Project) -> CheckResult:
    """Run one check; whatever goes wrong in it is its own failure, never the run's."""
    where = f"{check.__module__}.{check.__qualname__}"
    try:
        findings = list(check(options).run(project))
        for item in findings:
            if not isinstance(item, Finding):
                return CheckResult(check, error=f"{where} yielded {type(item).__name__} {item!r:.60}, expected pytest_mllens.Finding")
        return CheckResult(check, tuple(sorted(findings)))
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - a failing check must not take the run down
        frames = traceback.extract_tb(exc.__traceback__)
        at = f" (at {frames[-1].filename}:{frames[-1].lineno})" if frames else ""
        return CheckResult(check, error=f"{where} raised {exc.__class__.__name__}: {exc}{at}")


def _apply_filters(analysis: Analysis, registry: Registry) -> None:
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
            how = "per-file-ignores" if _ignored_for_path(analysis.settings, finding.path, name) else ""
            if facts is not None and (not how or name in analysis.settings.unsuppressible):  # a refused comment is not also "unused"
                how = _suppressed(facts, finding, check, used) or how
            if not how:
                kept.append(_to_cell(facts, finding))
                continue
            reason = _reason(text, facts, finding, check, how)
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


def _ignored_for_path(settings: Settings, path: str, name: str) -> bool:
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


def _reason(text: SourceLines, facts: FileFacts | None, finding: Finding, check: type[Check], how: str) -> str:
    """The ``because ...`` of the comment that suppressed ``finding`` (read back from the file:
    only files with a used suppression are read)."""
    if facts is None or how == "per-file-ignores":
        return ""
    keys = {check.id, check.name, "*"}
    numbers = [finding.line] if how == "inline" else range(1, len(text.lines(facts.path)) + 1)
    for number in numbers:
        line = text.line(facts.path, number)
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
        if own.intersection(facts.file_suppressions) or _ignored_for_path(analysis.settings, facts.path, UnusedSuppression.name):
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
    if facts is None or facts.kind != "ipynb" or not facts.cells:
        return finding
    cell, line = cell_position(facts.cells, finding.line)
    return replace(finding, line=line, cell=cell)
