"""The lens's per-process state in a pytest run: the validated settings, the registry, the
caches, what the user narrowed the run to, and the analysis, computed once on first use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .config import Settings
    from .registry import Registry

__all__ = ["STATE_KEY", "State"]


class State:
    def __init__(self, root: Path, settings: Settings, registry: Registry, reports: list[tuple[str, Path]], cache: Any, jobs: int) -> None:
        self.root = root
        self.settings = settings
        self.registry = registry
        self.reports = reports
        self.cache = cache
        self.jobs = jobs
        self.analysis: Any = None
        self.outcomes: dict[str, str] = {}
        self.paths: tuple[str, ...] = ()  # path arguments under --mllens-only: what is reported
        self.requested: set[str] | None = None  # checks named by node id (mllens::<name>)
        self.written: list[tuple[str, Path]] = []
        self._nested: dict[Path, Settings] = {}
        self.baseline: Path | None = None  # --mllens-baseline
        self.update_baseline = False  # --mllens-baseline-update
        self.stale: list[Any] = []  # baseline entries no finding matched
        self.baseline_entries: list[Any] = []  # read at start-up, so a bad file costs no analysis
        self.line_style = False  # --tb=line: a failed check's findings are its crash line
        self._frozen = False  # get_analysis() froze the collector's view of the heap

    def get_analysis(self) -> Any:
        if self.analysis is None:
            import gc

            from .engine import analyse_tree

            # The analysis is hundreds of thousands of live objects kept to the end of the run:
            # moved to the collector's permanent generation, so pytest's later collections (and
            # its gc.collect() at exit) do not walk them again and again. release() hands them back.
            collecting = gc.isenabled()
            gc.disable()
            try:
                self.analysis = analyse_tree(self.root, self.registry, self.settings_for, cache_for=self.cache_for, jobs=self.jobs)
            finally:
                if collecting:
                    gc.freeze()
                    self._frozen = True
                    gc.enable()
            if self.baseline is not None:
                import time

                started = time.perf_counter()
                self._apply_baseline(self.analysis)
                self.analysis.timings["baseline"] = time.perf_counter() - started
        return self.analysis

    def _apply_baseline(self, analysis: Any) -> None:
        """Accept the findings the baseline records (after writing it, with ``--mllens-baseline-update``)."""
        from .report.baseline import BaselineError, apply_baseline, load_baseline, write_baseline
        from .report.records import records

        assert self.baseline is not None
        entries = self.baseline_entries
        if self.update_baseline:
            write_baseline(self.baseline, records(analysis))
            self.written.append(("baseline", self.baseline))
            try:
                entries = load_baseline(self.baseline)
            except BaselineError as exc:  # pragma: no cover - just written
                raise pytest.UsageError(f"--mllens-baseline: {exc}") from None
        self.stale = apply_baseline(analysis, entries)

    def settings_for(self, root: Path) -> Settings:
        """The root project's settings, or a nested project's own, validated as strictly."""
        if root == self.root:
            return self.settings
        if root not in self._nested:  # read once: the analysis and the cache both ask
            from .config import ConfigError, load_table, parse_settings

            try:
                self._nested[root] = parse_settings(load_table(root), {n: c.options for n, c in self.registry.checks.items()}, self.registry.aliases, root)
            except ConfigError as exc:
                where = root.relative_to(self.root).as_posix()
                raise pytest.UsageError(f"invalid mllens configuration in {where}/pyproject.toml:\n  " + "\n  ".join(exc.errors)) from None
        return self._nested[root]

    def cache_for(self, root: Path) -> Any:
        return self.cache(root) if self.cache is not None and self.settings_for(root).cache else None

    def visible(self) -> Any:
        """The analysis as the user asked to see it: narrowed to the path arguments."""
        return self.get_analysis().view(self.paths)

    def release(self) -> None:
        """Drop the analysis (hundreds of thousands of objects on a large project) before
        pytest's own end-of-run ``gc.collect()`` calls would walk it. The collector's permanent
        generation stays frozen through those calls (they would otherwise walk every module the
        run imported, libcst's and the project model's included: about 0.1 s of CPU at the end
        of a run that parsed a file in PyTorch Lightning); :meth:`thaw`, a cleanup that runs
        after them, hands it back."""
        self.analysis = None

    def thaw(self) -> None:
        """Give the objects frozen by :meth:`get_analysis` back to the collector (registered as a
        config cleanup before pytest's own, so it runs after them): a process that goes on after
        the run (pytester's in-process runs, a script calling ``pytest.main`` twice) collects
        their garbage as usual. ``gc.unfreeze()`` cannot tell whose objects it thaws: anything
        frozen before the run (Python 3.12 starts with a few hundred of its own) is handed back
        too, which costs later collections a walk over them and nothing else."""
        if self._frozen:
            import gc

            gc.unfreeze()
            self._frozen = False

    @pytest.hookimpl(tryfirst=True)
    def pytest_keyboard_interrupt(self, excinfo: pytest.ExceptionInfo[BaseException]) -> None:
        """The run is ending: a second Ctrl-C must not interrupt pytest's own report of the
        first into a traceback (the parsing pool is already gone, see facts.parsing). Only
        runs with the lens enabled register this state object, so plain pytest runs keep
        their usual Ctrl-C behaviour."""
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        # Outcomes come from reports, not from runtest, so an xdist controller sees them too.
        if report.when == "call" and report.nodeid.startswith("mllens::"):
            self.outcomes[report.nodeid.partition("::")[2]] = report.outcome
        if report.when == "call" and report.failed and isinstance(report.longrepr, str) and "mllens::" in report.nodeid:
            # from a pytest-xdist worker: its report arrives as a string (pytest serialises
            # only tracebacks), which the short summary on CI would print in full again
            from .items import FindingsRepr

            report.longrepr = FindingsRepr(report.longrepr, line_style=self.line_style)  # type: ignore[assignment]


STATE_KEY = pytest.StashKey[State]()
