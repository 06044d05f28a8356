"""pytest glue: options, one Item per enabled check, terminal summary, reports.

Without ``--mllens`` or ``--mllens-only`` nothing here does any work. The analysis is
computed once per process, on first use, and kept in ``config.stash``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from .items import ANALYSIS_ITEM, EXTRA_ITEMS, lens_items, output_style
from .state import STATE_KEY

# Every pytest run loads this plugin, with the lens on or not: the engine, the registry and the
# reports are imported by the hooks that need them, so a run without the lens pays nothing
# for them and a warm run only for what it shows.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .config import Settings
    from .state import State

REPORT_FORMATS = ("json", "sarif", "html")
pytest_plugins = ["pytest_mllens.runtime_plugin"]  # runtime evidence: coverage-backed checks


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mllens", "AWS Well-Architected ML Lens checks (pytest-mllens)")
    group.addoption("--mllens", action="store_true", default=False, help="Add the ML Lens checks to this run.")
    group.addoption("--mllens-only", action="store_true", default=False, help="Run only the ML Lens checks; do not collect or import the project's tests.")
    group.addoption("--mllens-root", metavar="PATH", default=None, help="Root of the analysed project (default: the nearest directory at or above pytest's rootdir whose pyproject.toml has [tool.mllens], else the rootdir).")
    group.addoption("--mllens-report", metavar="FMT:PATH", action="append", default=[], help="Write a report (repeatable); FMT is one of: json, sarif (SARIF 2.1.0), html (a self-contained lens scorecard).")
    group.addoption("--mllens-output", choices=("full", "concise"), default=None, help="How failing checks print their findings: full (evidence, lens references, fix) or concise (one line per finding, path:line:col: ID message). Default: the `output` key, else full.")
    group.addoption("--mllens-no-annotations", action="store_true", default=False, help="Do not print GitHub Actions annotations (printed when GITHUB_ACTIONS=true unless `github-annotations = false`).")
    group.addoption("--mllens-baseline", metavar="PATH", default=None, help="Fail only on findings not recorded in this baseline file; report entries that no longer match.")
    group.addoption("--mllens-baseline-update", action="store_true", default=False, help="Write the --mllens-baseline file with the current findings (then they pass).")
    group.addoption("--mllens-show-suppressed", action="store_true", default=False, help="List every finding hidden by a suppression, with its reason.")
    group.addoption("--mllens-list", action="store_true", default=False, help="List every check (code, name, pillars, lens references, enabled) and exit.")
    group.addoption("--mllens-explain", metavar="NAME", default=None, help="Print the documentation of one check (id or name) and exit.")
    group.addoption("--mllens-jobs", metavar="N", type=int, default=None, help="Processes for parsing files (0 or default: automatic, all usable cores up to 8; 1 disables parallel parsing).")
    group.addoption("--mllens-timings", action="store_true", default=False, help="Print the time of each analysis stage and the cache hits and misses.")
    group.addoption("--mllens-roles", action="store_true", default=False, help="Print the role of every module the lens recognised (training, evaluation, hosting, pipeline, monitoring) with its reason: what the checks judged.")


def _enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("mllens", False) or config.getoption("mllens_only", False))


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    # --mllens-only must work where the project's test dependencies are missing,
    # so the project's conftest.py files are not imported at all.
    if getattr(early_config.known_args_namespace, "mllens_only", False):
        early_config.known_args_namespace.noconftest = True


_LENS_OPTIONS = (
    ("mllens_report", "--mllens-report"),
    ("mllens_baseline", "--mllens-baseline"),
    ("mllens_baseline_update", "--mllens-baseline-update"),
    ("mllens_show_suppressed", "--mllens-show-suppressed"),
    ("mllens_timings", "--mllens-timings"),
    ("mllens_roles", "--mllens-roles"),
    ("mllens_output", "--mllens-output"),
)


def _warn_idle_options(config: pytest.Config) -> None:
    """Options that only act on a lens run, given without --mllens / --mllens-only, do nothing:
    say so (a CI job would otherwise upload a report that was never written). A warning, not
    an error: such options often sit in ``addopts`` while ``--mllens`` is added only in CI."""
    given = [flag for dest, flag in _LENS_OPTIONS if config.getoption(dest, default=None)]
    if given:
        config.issue_config_time_warning(
            pytest.PytestConfigWarning(f"{', '.join(given)} ha{'s' if len(given) == 1 else 've'} no effect without --mllens or --mllens-only: the lens did not run"),
            stacklevel=2,
        )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "mllens: an AWS Well-Architected ML Lens check (pytest-mllens)")
    if not _enabled(config):
        _warn_idle_options(config)
        return
    from .config import ConfigError, load_table, parse_settings
    from .facts.discovery import project_root
    from .registry import RegistryError, load_registry
    from .state import State

    _refuse_a_rootdir_chosen_from_the_baseline(config)
    root_option = config.getoption("mllens_root")
    root = Path(root_option).resolve() if root_option else project_root(config.rootpath)
    if not root.is_dir():
        raise pytest.UsageError(f"--mllens-root: expected an existing directory (got {root_option!r})")
    reports = [_parse_report(value, Path(config.invocation_params.dir)) for value in config.getoption("mllens_report")]
    try:
        registry = load_registry()
        settings = parse_settings(load_table(root), {n: c.options for n, c in registry.checks.items()}, registry.aliases, root)
    except ConfigError as exc:
        raise pytest.UsageError(f"invalid mllens configuration in {root / 'pyproject.toml'}:\n  " + "\n  ".join(exc.errors)) from None
    except RegistryError as exc:
        raise pytest.UsageError(f"mllens: {exc}") from None
    jobs = config.getoption("mllens_jobs")
    if jobs is not None and jobs < 0:
        raise pytest.UsageError(f"--mllens-jobs: expected an integer >= 0, 0 meaning automatic (got {jobs})")
    worker = getattr(config, "workerinput", None)
    shared = worker.get("mllens_analysis") if worker else None
    state = State(root, settings, registry, reports, None if shared else _caches(config, settings, worker is not None), 1 if worker else jobs or 0)
    state.line_style = config.getoption("tbstyle", "auto") == "line"
    if shared:  # pytest-xdist: the controller analysed once and sent the result
        import pickle

        state.analysis = pickle.loads(shared)
    baseline = config.getoption("mllens_baseline")
    if config.getoption("mllens_baseline_update") and not baseline:
        raise pytest.UsageError("--mllens-baseline-update: expected --mllens-baseline PATH too (the file to write)")
    if baseline:
        state.baseline = Path(config.invocation_params.dir) / baseline
        state.update_baseline = bool(config.getoption("mllens_baseline_update"))
        if not state.update_baseline and not shared:  # xdist workers receive the analysis with the baseline applied
            from .report.baseline import BaselineError, load_baseline

            try:
                state.baseline_entries = load_baseline(state.baseline)
            except BaselineError as exc:
                raise pytest.UsageError(f"--mllens-baseline: {exc}") from None
    config.stash[STATE_KEY] = state
    config.pluginmanager.register(state, "mllens-state")
    # added before the cleanups of the builtin plugins configured after this one (pytest calls
    # the plugins registered last first), so it runs after them and after the end-of-run gc.collect()
    config.add_cleanup(state.thaw)


def _caches(config: pytest.Config, settings: Settings, worker: bool) -> Any:
    """A factory of facts caches, one per analysed project root, in pytest's cache directory;
    None when pytest's cache or the lens's own is off.

    pytest-xdist workers only read it: the controller analyses (and writes) before they start.
    """
    if not settings.cache or getattr(config, "cache", None) is None:
        return None
    import hashlib

    from .facts.cache import Cache, cache_secret, package_salt

    secret = cache_secret()
    if secret is None:  # nowhere private to keep the key: unauthenticated files are never read
        config.issue_config_time_warning(
            pytest.PytestCacheWarning(
                "mllens: cannot keep a private cache key (pytest-mllens/key under $XDG_CACHE_HOME or ~/.cache must be a file "
                "only you can read, in a folder you can write); running uncached"
            ),
            stacklevel=2,
        )
        return None
    # pytest makes d/ and d/mllens itself, never as links: a link there came with the checkout,
    # and creating or writing through it would put files wherever the repository points
    cache_dir = Path(os.path.expanduser(os.path.expandvars(config.getini("cache_dir"))))  # as pytest resolves it
    folder = (cache_dir if cache_dir.is_absolute() else config.rootpath / cache_dir) / "d"
    linked = next((f for f in (folder, folder / "mllens") if f.is_symlink()), None)
    if linked is not None:
        config.issue_config_time_warning(pytest.PytestCacheWarning(f"mllens: the cache folder {linked} is a symbolic link; running uncached"), stacklevel=2)
        return None
    try:
        base = config.cache.mkdir("mllens")
    except OSError as exc:  # a read-only checkout: run uncached and say so, as pytest's own cache does
        config.issue_config_time_warning(pytest.PytestCacheWarning(f"mllens: cannot use the cache ({exc.strerror or exc}); running uncached"), stacklevel=2)
        return None
    salt = package_salt()

    def cache_for(root: Path) -> Any:
        folder = base / hashlib.blake2b(str(root).encode(), digest_size=8).hexdigest()
        return Cache(folder, salt, secret=secret, writable=not worker and not folder.is_symlink())

    return cache_for


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    # Under pytest-xdist the controller analyses once, before the workers start, so each
    # worker finds the results in the cache instead of parsing the project again.
    config = session.config
    if _enabled(config) and not hasattr(config, "workerinput") and config.pluginmanager.has_plugin("dsession"):
        config.stash[STATE_KEY].get_analysis()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist: send each worker the controller's analysis, so no worker analyses again,
    whether or not the cache is on."""
    state = node.config.stash.get(STATE_KEY, None)
    if state is not None:
        import pickle

        node.workerinput["mllens_analysis"] = pickle.dumps(state.get_analysis().detached(), protocol=pickle.HIGHEST_PROTOCOL)


def _refuse_a_rootdir_chosen_from_the_baseline(config: pytest.Config) -> None:
    """pytest chooses its rootdir before plugins load, so in ``--mllens-baseline PATH`` it
    takes PATH for a test path. A PATH outside the current directory then moves the rootdir up
    to a common ancestor with no configuration, and the lens would analyse every sibling
    repository there under the wrong settings: refuse, and say how to write it."""
    args = list(config.invocation_params.args)
    here = Path(config.invocation_params.dir)
    for option, value in zip(args, args[1:]):
        if option != "--mllens-baseline" or config.inipath is not None or config.rootpath == here:
            continue
        target = (here / value).resolve()
        if target.exists() and not target.is_relative_to(here.resolve()):
            raise pytest.UsageError(
                f"--mllens-baseline {value}: pytest read {value} as a test path when it chose its rootdir (before plugins load), "
                f"so the rootdir became {config.rootpath} and no configuration file was found; "
                f"write --mllens-baseline={value}, or keep the baseline inside the project"
            )


def _parse_report(value: str, base: Path) -> tuple[str, Path]:
    """``FMT:PATH``, checked before any analysis: a report that cannot be written must not
    cost the user a run's results."""
    fmt, sep, path = value.partition(":")
    if not sep or fmt not in REPORT_FORMATS or not path:
        raise pytest.UsageError(f"--mllens-report: expected FMT:PATH with FMT one of {', '.join(REPORT_FORMATS)} (got {value!r})")
    target = base / path
    if target.is_dir():
        raise pytest.UsageError(f"--mllens-report: {path!r} is a directory; expected a file path")
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise pytest.UsageError(f"--mllens-report: cannot write {path!r} ({folder} is a file, not a directory)")
    if not os.access(folder, os.W_OK | os.X_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise pytest.UsageError(f"--mllens-report: cannot write {path!r} (no write permission in {folder})")
    try:  # permissions say yes to root everywhere; /proc and read-only mounts still refuse
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise pytest.UsageError(f"--mllens-report: cannot write {path!r} (cannot create a file in {folder}: {exc.strerror or exc})") from None
    return fmt, target


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if config.getoption("mllens_only", False):
        return True
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> bool | None:
    """Under ``--mllens-only`` the lens collects its own items and nothing else.

    pytest's own collection would import a file named on the command line (``pytest
    --mllens-only serve/app.py``) as a test module, running the analysed code. Here a path
    argument only narrows what is reported, and ``mllens::<check>`` selects a check.
    """
    config = session.config
    if not config.getoption("mllens_only", False):
        return None
    state = config.stash[STATE_KEY]
    if config.args_source == pytest.Config.ArgsSource.ARGS:
        _take_arguments(state, config.args, Path(config.invocation_params.dir))
    if config.pluginmanager.has_plugin("dsession"):
        return None  # the xdist controller collects nothing (its workers come through here) but reports narrowed
    items = lens_items(session, state)
    if state.requested is not None:
        items = [item for item in items if item.check_name in state.requested]
    session.items = items
    config.hook.pytest_collectreport(report=pytest.CollectReport("mllens", "passed", None, list(items)))
    config.hook.pytest_collection_modifyitems(session=session, config=config, items=session.items)
    config.hook.pytest_collection_finish(session=session)
    session.testscollected = len(session.items)
    return True


def _take_arguments(state: State, args: list[str], base: Path) -> None:
    """Path arguments narrow the report; ``[path/]mllens::<check>`` node ids select checks."""
    paths: list[str] = []
    for arg in args:
        where, sep, name = arg.partition("::")
        target = (base / where).resolve()
        if sep and (target.name == "mllens" or where == ""):
            check = state.registry.aliases.get(name, name)
            if check not in (*state.registry.checks, *EXTRA_ITEMS):
                raise pytest.UsageError(f"{arg}: no such mllens check; expected one of: {', '.join(sorted({*state.registry.checks, *EXTRA_ITEMS}))}")
            state.requested = {*(state.requested or ()), check}
            if where not in ("", "mllens") and target.parent != state.root:
                # a node id pasted from a run on a folder (`example_project/mllens::ML002`)
                # selects the check and narrows the report to that folder, as the folder did
                target = target.parent
            else:
                continue
        elif sep:
            raise pytest.UsageError(f"{arg}: under --mllens-only only mllens::<check> node ids are accepted")
        if not target.exists():
            raise pytest.UsageError(f"file or directory not found: {arg}")
        try:
            relative = target.relative_to(state.root).as_posix()
        except ValueError:
            raise pytest.UsageError(f"{arg}: outside the analysed project {state.root}; use --mllens-root to analyse another project") from None
        if relative == ".":
            paths.clear()
            break
        paths.append(relative)
    else:
        state.paths = tuple(paths)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("mllens", False) and not config.getoption("mllens_only", False):
        items[:0] = lens_items(session, config.stash[STATE_KEY])


def pytest_cmdline_main(config: pytest.Config) -> int | None:
    """``--mllens-list`` and ``--mllens-explain NAME``: print and exit, like ``--markers``."""
    if not (config.getoption("mllens_list", False) or config.getoption("mllens_explain", None)):
        return None
    from .config import ConfigError, load_table, parse_settings
    from .docs import documented_checks, find_check, render_check_list, render_check_text
    from .engine import enabled_checks
    from .facts.discovery import project_root
    from .registry import RegistryError, load_registry

    try:
        registry = load_registry()
    except RegistryError as exc:
        raise pytest.UsageError(f"mllens: {exc}") from None
    _refuse_a_rootdir_chosen_from_the_baseline(config)
    root_option = config.getoption("mllens_root")
    root = Path(root_option).resolve() if root_option else project_root(config.rootpath)
    try:
        settings = parse_settings(load_table(root), {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    except ConfigError as exc:
        raise pytest.UsageError(f"invalid mllens configuration in {root / 'pyproject.toml'}:\n  " + "\n  ".join(exc.errors)) from None
    name = config.getoption("mllens_explain", None)
    if name:
        check = find_check(registry, name)
        if check is None:
            raise pytest.UsageError(f"--mllens-explain: no such check {name!r}; expected one of: {', '.join(f'{c.id} ({c.name})' for c in documented_checks(registry))}")
        text = render_check_text(check)
    else:
        from .filters import reports_unused_suppressions

        text = render_check_list(documented_checks(registry), {*enabled_checks(registry, settings), *enabled_checks(registry, settings, runtime=True), *(["unused-suppression"] if reports_unused_suppressions(settings) else [])})
    print(text, end="")
    return 0


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if not _enabled(config) or STATE_KEY not in config.stash:
        return
    state = config.stash[STATE_KEY]
    if state.analysis is None or not state.outcomes:
        return  # no lens item ran (a collection error, --collect-only, all deselected): nothing to summarise
    from .report.terminal import not_analysed_line

    analysis = state.analysis.view(state.paths)
    ran = {name: outcome for name, outcome in state.outcomes.items() if name != ANALYSIS_ITEM}
    findings = sum(len(analysis.results[name].findings) for name in ran if name in analysis.results)
    failed = sum(1 for outcome in ran.values() if outcome == "failed")
    skipped = sum(1 for outcome in ran.values() if outcome == "skipped")  # runtime checks without coverage data
    terminalreporter.write_sep("-", "mllens")
    if state.outcomes.get(ANALYSIS_ITEM) != "failed" or config.getoption("tbstyle", "auto") == "no":  # a failure shown lists them already
        for path, message in analysis.errors:
            terminalreporter.write_line(not_analysed_line(path, message), yellow=True)
    terminalreporter.write_line(
        f"mllens: {_count(len(ran), 'check')} run, {len(ran) - failed - skipped} passed, {failed} failed, " + (f"{skipped} skipped, " if skipped else "")
        + f"{_count(findings, 'finding')}, {_count(analysis.analysed, 'file')} analysed"
        # path arguments narrow what is shown; the project model still reads every file
        + (f" in the paths given (of {state.analysis.analysed} read)" if state.paths and state.analysis.analysed != analysis.analysed else "")
        + (f", {len(analysis.errors)} not analysed" if analysis.errors else "")
    )
    if not failed and analysis.analysed and not any(state.analysis.roles.values()) and not state.analysis.releases:
        # a pass that judged nothing must not read like a clean bill of health
        terminalreporter.write_line(
            "mllens: no training, evaluation, hosting, pipeline or release code recognised: the checks had nothing to judge "
            "(what each looks for: --mllens-explain NAME; name modules in [tool.mllens.roles]; see what was recognised: --mllens-roles)",
            yellow=True,
        )
    _write_report_summary(terminalreporter, config, state, ran)
    for fmt, path in state.written:
        terminalreporter.write_line(f"mllens: {fmt} {'file' if fmt == 'baseline' else 'report'} written to {path}")
    if config.getoption("mllens_timings"):
        for line in timing_lines(analysis):
            terminalreporter.write_line(line)
    if config.getoption("mllens_roles"):
        from .report.terminal import role_lines

        for line in role_lines(state.analysis.roles, state.paths):
            terminalreporter.write_line(line)


def _write_report_summary(terminalreporter: Any, config: pytest.Config, state: State, ran: dict[str, str]) -> None:
    """Pillars, baseline, suppressions, concise lines and GitHub annotations: all rendered from
    the same records (report/records.py) of the checks that ran."""
    from .report.pillars import pillar_counts, pillar_lines

    view = state.analysis.view(state.paths, ran)
    results = [(view.results[name].check, outcome == "failed", len(view.results[name].findings)) for name, outcome in ran.items() if name in view.results and outcome != "skipped"]
    for line in pillar_lines(pillar_counts(r for r in results if r[0].practices), verbose=config.getoption("verbose", 0) > 0):
        terminalreporter.write_line(line)
    annotate = os.environ.get("GITHUB_ACTIONS") == "true" and state.settings.github_annotations and not config.getoption("mllens_no_annotations")
    # concise lines already stand in the failures section, unless --tb=no hid it
    concise = output_style(config, state) == "concise" and config.getoption("tbstyle", "auto") == "no"
    if not (annotate or concise or state.baseline is not None or config.getoption("mllens_show_suppressed")):
        return  # records read source lines back (fingerprints): only when an output needs them
    from .report.records import BASELINED, SUPPRESSED, records
    from .report.terminal import printable

    items = records(view)
    if state.baseline is not None:
        accepted = sum(1 for r in items if r.status == BASELINED)
        terminalreporter.write_line(f"mllens: baseline {state.baseline.name}: {_count(accepted, 'finding')} accepted, {len(state.stale)} stale {'entry' if len(state.stale) == 1 else 'entries'}")
        for entry in state.stale:
            terminalreporter.write_line(printable(f"mllens: stale baseline entry (no longer found; run --mllens-baseline-update to drop it): {entry.path}:{entry.line} {entry.check} {entry.message}"), yellow=True)
    hidden = [r for r in items if r.status == SUPPRESSED]
    if hidden and config.getoption("mllens_show_suppressed"):
        terminalreporter.write_line(f"mllens: {_count(len(hidden), 'suppressed finding')}:")
        for r in hidden:
            why = f"because {r.reason}" if r.reason else "no reason given"
            terminalreporter.write_line(printable(f"  {r.finding.location}: {r.check.id} {r.finding.message} [{r.how}; {why}]"))
    if concise:
        from .report.concise import concise_lines

        for line in concise_lines(items):
            terminalreporter.write_line(line)
    if annotate:
        from .report.github import annotations

        for line in annotations(items):
            terminalreporter.write_line(line)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def timing_lines(analysis: Any) -> list[str]:
    """``--mllens-timings``: milliseconds per stage, then what the cache saved."""
    lines = [f"mllens timing: {stage:<40} {seconds * 1000:9.1f} ms" for stage, seconds in analysis.timings.items()]
    total = sum(seconds for stage, seconds in analysis.timings.items() if not stage.startswith(" "))  # indented: part of the stage above
    lines.append(f"mllens timing: {'total':<40} {total * 1000:9.1f} ms")
    stats = analysis.stats
    cache = "off" if "cache_hits" not in stats else f"{stats['cache_hits']} hits, {stats['cache_misses']} misses" + (", results reused" if analysis.cached else "")
    # files read counts deployment files (Dockerfiles, YAML, Makefiles) too; "files analysed" in the summary counts modules and notebooks
    parsed = stats.get("parsed", 0)
    parsing = f"{parsed} parsed in {stats.get('jobs', 1)} process(es)" if parsed else "0 parsed"  # a warm run starts no pool
    lines.append(f"mllens timing: {stats.get('files', 0)} files read (modules, notebooks and deployment files), {parsing}; cache: {cache}")
    return lines


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if not _enabled(config) or STATE_KEY not in config.stash or hasattr(config, "workerinput"):
        return
    state = config.stash[STATE_KEY]
    if not state.reports or state.analysis is None or exitstatus == pytest.ExitCode.INTERRUPTED:
        return  # interrupted: no analysis is run again just to write a report, and none is half-written
    import time

    from .report.json_report import write_json
    from .report.records import records

    started = time.perf_counter()
    # -k / -m deselection and node ids narrow the report to the checks that ran
    ran = [name for name in state.outcomes if name != ANALYSIS_ITEM]
    view = state.analysis.view(state.paths, ran)
    items = records(view) if any(fmt != "json" for fmt, _ in state.reports) else []
    for fmt, path in state.reports:
        if fmt == "json":
            write_json(view, path, outcomes=state.outcomes, registry=state.registry)
        elif fmt == "sarif":
            from .report.sarif import write_sarif

            write_sarif(view, items, path, baseline=state.baseline is not None)
        elif fmt == "html":
            from .report.html import write_html

            write_html(view, items, path, state.outcomes)
        state.written.append((fmt, path))
    state.analysis.timings["reporting"] = time.perf_counter() - started


@pytest.hookimpl(tryfirst=True)  # before pytest's own collections at unconfigure
def pytest_unconfigure(config: pytest.Config) -> None:
    if STATE_KEY in config.stash:
        config.stash[STATE_KEY].release()
