"""pytest glue: options, one Item per enabled check, terminal summary, reports.

Without ``--mllens`` or ``--mllens-only`` nothing here does any work. The analysis is
computed once per process, on first use, and kept in ``config.stash``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .config import ConfigError, Settings, load_table, parse_settings
from .registry import Registry, RegistryError, load_registry

REPORT_FORMATS = ("json",)


class _State:
    def __init__(self, root: Path, settings: Settings, registry: Registry, reports: list[tuple[str, Path]], cache: Any, jobs: int) -> None:
        self.root = root
        self.settings = settings
        self.registry = registry
        self.reports = reports
        self.cache = cache
        self.jobs = jobs
        self.analysis: Any = None
        self.outcomes: dict[str, str] = {}

    def get_analysis(self) -> Any:
        if self.analysis is None:
            from .engine import analyse

            self.analysis = analyse(self.root, self.settings, self.registry, cache=self.cache, jobs=self.jobs)
        return self.analysis

    def release(self) -> None:
        """Drop the analysis (hundreds of thousands of objects on a large project) before
        pytest's own end-of-run ``gc.collect()`` calls would walk it."""
        self.analysis = None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        # Outcomes come from reports, not from runtest, so an xdist controller sees them too.
        if report.when == "call" and report.nodeid.startswith("mllens::"):
            self.outcomes[report.nodeid.partition("::")[2]] = report.outcome


STATE_KEY = pytest.StashKey[_State]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mllens", "AWS Well-Architected ML Lens checks (pytest-mllens)")
    group.addoption("--mllens", action="store_true", default=False, help="Add the ML Lens checks to this run.")
    group.addoption("--mllens-only", action="store_true", default=False, help="Run only the ML Lens checks; do not collect or import the project's tests.")
    group.addoption("--mllens-root", metavar="PATH", default=None, help="Root of the analysed project (default: pytest's rootdir).")
    group.addoption("--mllens-report", metavar="FMT:PATH", action="append", default=[], help="Write a machine-readable report; FMT is one of: json.")
    group.addoption("--mllens-jobs", metavar="N", type=int, default=None, help="Processes for parsing files (default: automatic; 1 disables parallel parsing).")
    group.addoption("--mllens-timings", action="store_true", default=False, help="Print the time of each analysis stage and the cache hits and misses.")


def _enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("mllens", False) or config.getoption("mllens_only", False))


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    # --mllens-only must work where the project's test dependencies are missing,
    # so the project's conftest.py files are not imported at all.
    if getattr(early_config.known_args_namespace, "mllens_only", False):
        early_config.known_args_namespace.noconftest = True


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "mllens: an AWS Well-Architected ML Lens check (pytest-mllens)")
    if not _enabled(config):
        return
    root_option = config.getoption("mllens_root")
    root = Path(root_option).resolve() if root_option else config.rootpath
    if not root.is_dir():
        raise pytest.UsageError(f"--mllens-root: expected an existing directory (got {root_option!r})")
    reports = [_parse_report(value) for value in config.getoption("mllens_report")]
    try:
        registry = load_registry()
        settings = parse_settings(load_table(root), {n: c.options for n, c in registry.checks.items()}, registry.aliases, root)
    except ConfigError as exc:
        raise pytest.UsageError("invalid mllens configuration:\n  " + "\n  ".join(exc.errors)) from None
    except RegistryError as exc:
        raise pytest.UsageError(f"mllens: {exc}") from None
    jobs = config.getoption("mllens_jobs")
    if jobs is not None and jobs < 1:
        raise pytest.UsageError(f"--mllens-jobs: expected a positive integer (got {jobs})")
    worker = hasattr(config, "workerinput")
    state = _State(root, settings, registry, reports, _cache(config, root, settings, worker), 1 if worker else jobs or 0)
    config.stash[STATE_KEY] = state
    config.pluginmanager.register(state, "mllens-state")


def _cache(config: pytest.Config, root: Path, settings: Settings, worker: bool) -> Any:
    """The facts cache in pytest's cache directory, or None when pytest's cache is off.

    pytest-xdist workers only read it: the controller analyses (and writes) before they start.
    """
    if not settings.cache or getattr(config, "cache", None) is None:
        return None
    import hashlib

    from .facts.cache import Cache, package_salt

    directory = config.cache.mkdir("mllens") / hashlib.blake2b(str(root).encode(), digest_size=8).hexdigest()
    return Cache(directory, package_salt(), writable=not worker)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    # Under pytest-xdist the controller analyses once, before the workers start, so each
    # worker finds the results in the cache instead of parsing the project again.
    config = session.config
    if _enabled(config) and not hasattr(config, "workerinput") and config.pluginmanager.has_plugin("dsession"):
        config.stash[STATE_KEY].get_analysis()


def _parse_report(value: str) -> tuple[str, Path]:
    fmt, sep, path = value.partition(":")
    if not sep or fmt not in REPORT_FORMATS or not path:
        raise pytest.UsageError(f"--mllens-report: expected FMT:PATH with FMT one of {', '.join(REPORT_FORMATS)} (got {value!r})")
    return fmt, Path(path)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if config.getoption("mllens_only", False):
        return True
    return None


class MllensCollector(pytest.Collector):
    """Parent of the check items, so their node ids read ``mllens::<check-name>``."""

    def collect(self) -> Iterator[pytest.Item]:  # pragma: no cover - items are created directly
        return iter(())


class MllensItem(pytest.Item):
    def __init__(self, *, check_name: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check_name = check_name
        self.add_marker("mllens")

    def runtest(self) -> None:
        state = self.config.stash[STATE_KEY]
        result = state.get_analysis().results[self.check_name]
        if result.error:
            from .report.terminal import printable

            raise CheckCrashed(f"{self.check_name}: the check itself failed: {printable(result.error)}")
        if result.findings:
            from .report.terminal import render_failure

            raise LensViolation(render_failure(result.check, result.findings))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, (LensViolation, CheckCrashed)):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"mllens::{self.check_name}"


class LensViolation(Exception):
    """A check found violations; the message is the rendered list of findings."""


class CheckCrashed(Exception):
    """A check raised; other checks still ran."""


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _enabled(config):
        return
    state = config.stash[STATE_KEY]
    from .engine import UnusedSuppression, enabled_checks

    names = enabled_checks(state.registry, state.settings)
    collector = MllensCollector.from_parent(session, name="mllens", path=state.root, nodeid="mllens")
    ours = [MllensItem.from_parent(collector, name=name, check_name=name) for name in names]
    if _has_suppressions_item(state):
        ours.append(MllensItem.from_parent(collector, name=UnusedSuppression.name, check_name=UnusedSuppression.name))
    items[:0] = ours


def _has_suppressions_item(state: _State) -> bool:
    from .engine import UnusedSuppression

    return UnusedSuppression.name in state.get_analysis().results


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if not _enabled(config) or STATE_KEY not in config.stash:
        return
    state = config.stash[STATE_KEY]
    if state.analysis is None:
        return
    from .report.terminal import printable

    analysis = state.analysis
    ran = dict(state.outcomes)
    findings = sum(len(analysis.results[name].findings) for name in ran if name in analysis.results)
    failed = sum(1 for outcome in ran.values() if outcome == "failed")
    terminalreporter.write_sep("-", "mllens")
    for path, message in analysis.errors:
        terminalreporter.write_line(f"mllens: not analysed: {printable(path)}: {printable(message)}", yellow=True)
    terminalreporter.write_line(
        f"mllens: {len(ran)} checks run, {len(ran) - failed} passed, {failed} failed, "
        f"{findings} findings, {len(analysis.files) - sum(1 for f in analysis.files if f.error)} files analysed"
        + (f", {len(analysis.errors)} not analysed" if analysis.errors else "")
    )
    for fmt, path in state.reports:
        terminalreporter.write_line(f"mllens: {fmt} report written to {path}")
    if config.getoption("mllens_timings"):
        for line in timing_lines(analysis):
            terminalreporter.write_line(line)


def timing_lines(analysis: Any) -> list[str]:
    """``--mllens-timings``: milliseconds per stage, then what the cache saved."""
    lines = [f"mllens timing: {stage:<40} {seconds * 1000:9.1f} ms" for stage, seconds in analysis.timings.items()]
    total = sum(seconds for stage, seconds in analysis.timings.items() if not stage.startswith(" "))  # indented: part of the stage above
    lines.append(f"mllens timing: {'total':<40} {total * 1000:9.1f} ms")
    stats = analysis.stats
    cache = "off" if "cache_hits" not in stats else f"{stats['cache_hits']} hits, {stats['cache_misses']} misses" + (", results reused" if analysis.cached else "")
    lines.append(f"mllens timing: {stats.get('files', 0)} files, {stats.get('parsed', 0)} parsed in {stats.get('jobs', 1)} process(es); cache: {cache}")
    return lines


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if not _enabled(config) or STATE_KEY not in config.stash or hasattr(config, "workerinput"):
        return
    state = config.stash[STATE_KEY]
    if not state.reports:
        return
    from .report.json_report import write_json

    import time

    analysis = state.get_analysis()
    started = time.perf_counter()
    for fmt, path in state.reports:
        if fmt == "json":
            write_json(analysis, path if path.is_absolute() else Path(config.invocation_params.dir) / path)
    analysis.timings["reporting"] = time.perf_counter() - started


def pytest_unconfigure(config: pytest.Config) -> None:
    if STATE_KEY in config.stash:
        config.stash[STATE_KEY].release()
