"""pytest glue for the runtime checks (``untested-gate``, ``untested-monitor``): coverage
data in, one item per runtime check out, run after the project's own tests.

Where the data comes from, in order:

1. a data file named with ``--mllens-coverage-data PATH`` (or ``coverage-data`` in
   [tool.mllens]), e.g. the ``.coverage`` of an earlier ``pytest --cov --cov-branch`` run;
2. the coverage already measuring this session: pytest-cov's (``--cov``), or ``coverage run``;
3. otherwise the lens's own measurement, started as early as pytest-cov starts its own
   (``pytest_load_initial_conftests``), limited to the analysed project, with branches.

Serially, the runtime items are the last items of the session and read the data while it is
still being collected. Under pytest-xdist no worker has the whole picture: workers do not
collect the runtime items; each writes its data into a directory the controller names in
``workerinput``, and the controller, once every worker is done, combines the files, runs the
items itself and reports them like any other item. The outcomes are the same either way.

Without data (``--mllens-only`` runs no tests, no file named) the items are skipped with the
reason, never passed; without ``--mllens-coverage`` they are not collected at all.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from .items import CheckCrashed, MllensCollector, MllensItem
from .state import STATE_KEY

WORKER_INPUT = "mllens_coverage_dir"


class _Runtime:
    """How this process gets its coverage data, decided before any test module is imported."""

    def __init__(self, mode: str, data_file: Path | None = None, own: Any = None) -> None:
        self.mode = mode
        """``file``, ``own``, ``current`` (pytest-cov or coverage run), ``dist`` (xdist controller) or ``none``."""
        self.data_file = data_file
        self.own = own
        self.captured: Any = None  # the Coverage measuring this process, seen before the tests ran
        self.dist_dir: Path | None = None
        self.distributed = False  # the pytest-xdist controller: it runs the items once the workers are done

    def coverage(self) -> Any:
        if self.own is not None:
            return self.own
        if self.captured is not None:
            return self.captured
        from coverage import Coverage

        return Coverage.current()

    def data(self) -> tuple[Any, str, str]:
        """(CoverageData or None, where it came from, why there is none)."""
        if self.mode == "file":
            assert self.data_file is not None
            if not self.data_file.is_file():
                return None, "", f"the coverage data file {self.data_file} named by --mllens-coverage-data / coverage-data does not exist"
            from .coverage_evidence import read_data_file

            try:
                return read_data_file(self.data_file), f"the data file {self.data_file}", ""
            except Exception as exc:  # noqa: BLE001 - a corrupt or foreign file is a reason to skip, not a crash
                return None, "", f"cannot read the coverage data file {self.data_file}: {exc}"
        if self.mode == "none":
            return None, "", "no coverage data: --mllens-only runs no tests; run the lens with the tests (--mllens), or name a data file with --mllens-coverage-data"
        if self.mode == "dist":
            return self._combined()
        cov = self.coverage()
        if cov is None:
            return None, "", "no coverage data: coverage was expected to measure this session but none is running"
        label = "the lens's own measurement of this session (branch)" if self.mode == "own" else "the coverage measuring this session (pytest-cov or coverage run)"
        return cov.get_data(), label, ""

    def _combined(self) -> tuple[Any, str, str]:
        from coverage import CoverageData

        from .coverage_evidence import read_data_file

        files = sorted(self.dist_dir.glob(".coverage.*")) if self.dist_dir is not None else []
        if not files:
            return None, "", "no coverage data: no pytest-xdist worker wrote any (did the workers run tests?)"
        combined = CoverageData(no_disk=True)
        for path in files:
            combined.update(read_data_file(path))
        return combined, f"the combined data of {len(files)} pytest-xdist workers", ""


RUNTIME_KEY = pytest.StashKey[_Runtime]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mllens")
    group.addoption("--mllens-coverage", action="store_true", default=False, help="Judge the runtime checks (untested-gate, untested-monitor) against coverage data of this test run.")
    group.addoption("--mllens-coverage-data", metavar="PATH", default=None, help="Judge the runtime checks against this coverage data file (e.g. .coverage of an earlier run) instead of measuring.")


def _table(root: Path) -> dict[str, Any]:
    from .config import ConfigError, load_table

    try:
        return load_table(root)
    except ConfigError:
        return {}  # reported by the lens's own configuration step


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    options = early_config.known_args_namespace
    if not (getattr(options, "mllens", False) or getattr(options, "mllens_only", False)):
        return
    from .facts.discovery import project_root

    root = Path(options.mllens_root).resolve() if getattr(options, "mllens_root", None) else project_root(early_config.rootpath)
    table = _table(root)
    named = getattr(options, "mllens_coverage_data", None)
    data_file = Path(early_config.invocation_params.dir, named) if named else None
    if data_file is None and isinstance(table.get("coverage-data"), str) and table["coverage-data"]:
        data_file = root / table["coverage-data"]
    if not (getattr(options, "mllens_coverage", False) or table.get("coverage") is True or data_file is not None):
        return
    # Whether this process is a pytest-xdist controller or worker is known only at configure
    # time (workerinput); a controller stops the measurement it does not need there.
    if data_file is not None:
        runtime = _Runtime("file", data_file.resolve())
    elif getattr(options, "mllens_only", False):
        runtime = _Runtime("none")
    elif (getattr(options, "cov_source", None) and not getattr(options, "no_cov", False)) or _running_coverage() is not None:
        runtime = _Runtime("current")  # pytest-cov (started in this same hook) or coverage run
    else:
        runtime = _Runtime("own", own=_start_own(root))
    early_config.stash[RUNTIME_KEY] = runtime


def _running_coverage() -> Any:
    from coverage import Coverage

    return Coverage.current()


def _start_own(root: Path) -> Any:
    """Measure the analysed project only, with branches, in memory; the user's coverage
    configuration is not read (its ``parallel`` or ``data_file`` would scatter files)."""
    from coverage import Coverage

    cov = Coverage(data_file=None, branch=True, source=[str(root)], config_file=False)
    cov.set_option("run:disable_warnings", ["no-data-collected", "module-not-imported", "module-not-measured", "couldnt-parse"])
    cov.start()
    return cov


def _runtime(config: pytest.Config) -> _Runtime | None:
    return config.stash.get(RUNTIME_KEY, None) if STATE_KEY in config.stash else None


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    if (config.getoption("mllens_coverage") or config.getoption("mllens_coverage_data")) and not (config.getoption("mllens") or config.getoption("mllens_only")):
        raise pytest.UsageError("--mllens-coverage / --mllens-coverage-data judge the lens's runtime checks: add --mllens (with the tests) or --mllens-only (with a data file)")
    runtime = config.stash.get(RUNTIME_KEY, None)
    if runtime is None or hasattr(config, "workerinput"):
        return
    option = config.option
    if getattr(option, "dist", "no") == "no" and not getattr(option, "numprocesses", None):
        return
    runtime.distributed = True
    config.pluginmanager.register(_ControllerProgress(config), "mllens-runtime-progress")
    if runtime.mode in ("own", "current"):  # the workers measure; the controller runs no test
        if runtime.own is not None:
            runtime.own.stop()
            runtime.own = None
        runtime.mode = "dist"
        runtime.dist_dir = Path(tempfile.mkdtemp(prefix="mllens-coverage-"))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    runtime = _runtime(node.config)
    if runtime is not None and runtime.dist_dir is not None:
        node.workerinput[WORKER_INPUT] = str(runtime.dist_dir)


class _ControllerProgress:
    """pytest-xdist counts only what the workers collected; the controller's own runtime items
    are added to that count once it is known, so progress ends at 100 %."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.session: pytest.Session | None = None
        self.counted = False

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logstart(self, nodeid: str, location: Any) -> None:
        if not self.counted and self.session is not None and STATE_KEY in self.config.stash:
            self.counted = True
            self.session.testscollected += len(_runtime_checks(self.config))


def _runtime_checks(config: pytest.Config) -> list[str]:
    from .engine import enabled_checks

    state = config.stash[STATE_KEY]
    names = enabled_checks(state.registry, state.settings, runtime=True)
    if state.requested is not None:
        names = [name for name in names if name in state.requested]
    return names


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> Generator[None, None, None]:
    """Runtime checks get items only with runtime evidence on, and always last."""
    runtime = _runtime(config)
    ours: list[pytest.Item] = []
    if runtime is not None and not runtime.distributed and not hasattr(config, "workerinput"):
        ours = _items(session)
        items.extend(ours)  # before -k / -m deselection runs, so it applies to them too
    yield
    if ours:
        chosen = set(items)
        items[:] = [item for item in items if item not in ours] + [item for item in ours if item in chosen]


def _items(session: pytest.Session) -> list[pytest.Item]:
    state = session.config.stash[STATE_KEY]
    collector = MllensCollector.from_parent(session, name="mllens", path=state.root, nodeid="mllens")
    return [RuntimeItem.from_parent(collector, name=name, check_name=name) for name in _runtime_checks(session.config)]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> Generator[None, object, object]:
    """Outermost around the test loop: before it, note which coverage measures this process;
    after it (pytest-cov has stopped and saved by then), hand the data on: a worker writes it
    for the controller, the controller judges."""
    config = session.config
    runtime = _runtime(config)
    if runtime is not None and runtime.mode in ("current", "own"):
        runtime.captured = _running_coverage() if runtime.mode == "current" else runtime.own
    result = yield
    if runtime is None:
        return result
    if runtime.own is not None:
        runtime.own.stop()
    worker = getattr(config, "workerinput", None)
    if worker is not None:
        _write_worker_data(runtime, worker)
    elif runtime.distributed and not session.shouldstop and not session.shouldfail:
        for item in _items(session):
            item.ihook.pytest_runtest_protocol(item=item, nextitem=None)
    return result


def _write_worker_data(runtime: _Runtime, worker: dict[str, Any]) -> None:
    folder = worker.get(WORKER_INPUT)
    cov = runtime.coverage() if runtime.mode in ("current", "own") else None
    if not folder or cov is None:
        return
    from coverage import CoverageData

    out = CoverageData(basename=str(Path(folder) / f".coverage.{worker.get('workerid', os.getpid())}"))
    out.update(cov.get_data())
    out.write()


def pytest_unconfigure(config: pytest.Config) -> None:
    runtime = config.stash.get(RUNTIME_KEY, None)
    if runtime is None:
        return
    if runtime.own is not None:
        runtime.own.stop()
        runtime.own = None
    if runtime.dist_dir is not None:
        shutil.rmtree(runtime.dist_dir, ignore_errors=True)


class RuntimeItem(MllensItem):
    """One runtime check, judged against the coverage data once the project's tests ran; it
    reports (and renders its failure) like every other lens item."""

    def runtest(self) -> None:
        config = self.config
        runtime = config.stash[RUNTIME_KEY]
        state = config.stash[STATE_KEY]
        data, source, reason = runtime.data()
        if data is None:
            pytest.skip(f"mllens {self.check_name}: {reason}")
        try:
            findings, skip = _judge(state, self.check_name, data, source)
        except Exception as exc:  # noqa: BLE001 - a failure to judge is this item's failure, not the run's
            raise CheckCrashed(f"{self.check_name}: judging the coverage data failed: {type(exc).__name__}: {exc}") from exc
        # the terminal summary and the JSON report see the runtime findings like any others
        from .analysis import CheckResult

        state.get_analysis().results[self.check_name] = CheckResult(state.registry.checks[self.check_name], tuple(sorted(findings)))
        if findings:
            raise self.violation(state.registry.checks[self.check_name], sorted(findings))
        if skip:
            pytest.skip(f"mllens {self.check_name}: {skip}")


def _judge(state: Any, name: str, data: Any, source: str) -> tuple[list[Any], str]:
    from .analysis import within
    from .coverage_evidence import evidence_from, judge_gates, judge_monitors
    from .filters import ignored_for_path

    analysis = state.get_analysis()
    check = state.registry.checks[name]

    def visible(path: str) -> bool:  # the same narrowing and per-file-ignores as static findings
        return within(path, state.paths) and not ignored_for_path(state.settings, path, name)

    targets = [t for t in (analysis.targets.gates if name == "untested-gate" else analysis.targets.monitors) if visible(t.path)]
    evidence = evidence_from(data, state.root, {t.path for t in targets}, source)
    judge = judge_gates if name == "untested-gate" else judge_monitors
    verdict = judge(targets, evidence, state.root, check())
    return verdict.findings, verdict.skip
