"""The outcome of a run, as data: results per check, files, errors, roles, releases.

Produced by the engine, narrowed (``view``), slimmed for the cache and for pytest-xdist
workers (``detached``) and merged across nested projects (``merge``); read by every report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .check import Check
from .config import Settings
from .facts.records import FileFacts
from .findings import Finding
from .model.runtime_targets import RuntimeTargets

if TYPE_CHECKING:
    from .model.project import Project
    from .model.roles.role_reason import RoleReason

__all__ = ["Analysis", "CheckResult", "Suppression", "header", "merge", "within"]


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
        """Files whose facts were extracted (discovered files minus those with an error; the
        scripts notebooks write are analysed with their notebook, not counted apart)."""
        return sum(1 for f in self.files if not f.error and not f.origin)

    def detached(self) -> Analysis:
        """What reports and items need, without the project model: small enough to cache or to
        send to pytest-xdist workers, and nothing in it refers back to parsed syntax."""
        files = [header(f) for f in self.files]
        return Analysis(self.root, self.settings, files, None, self.errors, dict(self.results), self.timings, roles=dict(self.roles), cached=self.cached, stats=self.stats, targets=self.targets, releases=list(self.releases))

    def view(self, paths: Iterable[str] = (), checks: Iterable[str] | None = None) -> Analysis:
        """The part of the run a user asked to see: findings and errors under ``paths`` (relative,
        POSIX; none means everything) of the checks in ``checks`` (None means every check).
        The project model always spans the whole project, so an import chain that leaves the
        named folder is still followed; only what is reported is narrowed."""
        wanted = tuple(paths)
        names = None if checks is None else set(checks)
        if not wanted:  # nothing narrowed by path: only the checks are picked (items ask often)
            picked = {name: result for name, result in self.results.items() if names is None or name in names}
            return replace(self, files=list(self.files), errors=list(self.errors), results=picked, releases=list(self.releases))

        def inside(path: str) -> bool:
            return within(path, wanted)

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
        files = [f for f in self.files if inside(f.origin or f.path)]
        errors = [(path, message) for path, message in self.errors if inside(path)]
        releases = [row for row in self.releases if inside(str(row["path"]))]
        return replace(self, files=files, errors=errors, results=results, releases=releases)


def header(facts: FileFacts) -> FileFacts:
    """What reports need of a file once the run is cached: no calls, imports or definitions."""
    return FileFacts(path=facts.path, module=facts.module, kind=facts.kind, cells=facts.cells, error=facts.error, origin=facts.origin)


def merge(outer: Analysis, inner: Analysis, prefix: str) -> None:
    """Fold ``inner`` (a nested project) into ``outer``, its paths prefixed."""
    outer.files.extend(replace(f, path=prefix + f.path, origin=prefix + f.origin if f.origin else "") for f in inner.files)
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


def within(path: str, paths: Sequence[str]) -> bool:
    """Whether ``path`` lies under one of ``paths`` (relative, POSIX; none means everywhere):
    what a path argument narrows a report to."""
    path = path.partition("[cell ")[0]  # a notebook cell's error entry: nb.ipynb[cell 4]
    return not paths or any(path == p or path.startswith(p.rstrip("/") + "/") for p in paths)
