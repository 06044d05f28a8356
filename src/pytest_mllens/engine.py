"""One analysis run: discovery -> facts -> project model -> checks -> filters.

Pure: nothing here imports pytest, so the engine can be driven from tests, benchmarks
and other front-ends. The analysed code is read as text and never imported.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .analysis import Analysis, CheckResult, Suppression, merge
from .check import Check
from .config import Settings
from .facts.cache import Cache, Stamp, digest
from .facts.discovery import SourceFile, discover
from .facts.records import FileFacts
from .filters import UnusedSuppression, check_selected
from .findings import Finding
from .registry import Registry

if TYPE_CHECKING:
    from .model.project import Project

# A run the cache answers needs none of the parsing or the project stages: they are imported
# when a file has to be parsed or the project analysed (see docs of ``__getattr__``).
_LAZY = {"METRIC_WORDS": "parsing", "extract_file": "parsing", "extract_source": "parsing", "parsing_jobs": "parsing"}
RACY_NS = 2_000_000_000
"""A file changed this recently (before its stat) may change again within one timestamp tick:
its digest is not remembered by stamp (git's "racily clean" entries)."""


def __getattr__(name: str) -> Any:
    """The parsing helpers this module re-exports, imported on first use (they bring libcst
    and the extractor's tables, which a warm run never needs)."""
    if name in _LAZY:
        from .facts import parsing

        return getattr(parsing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["METRIC_WORDS", "Analysis", "CheckResult", "Suppression", "UnusedSuppression", "analyse", "analyse_tree", "enabled_checks", "extract_file", "extract_source", "parsing_jobs"]


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
    full = analyse(root, settings_for(root), registry, cache=cache_for(root), jobs=jobs, subprojects=nested)
    analysis = full.detached()
    _let_go(full)
    for relative in sorted(nested):
        inner = analyse_tree(root / relative, registry, settings_for, cache_for=cache_for, jobs=jobs)
        merge(analysis, inner, relative + "/")
    return analysis


def _let_go(analysis: Analysis) -> None:
    """Break the reference cycles of a project model nobody needs any more (the release-flow
    graph, kept in the project's memo, refers back to the project), so that dropping it frees
    its hundreds of thousands of objects at once by reference counting. Left in a cycle, the
    whole model waits for a full collection, which walks all of it (measured at 2,000 files:
    0.44 s of CPU in pytest's own ``gc.collect()`` at exit, with the model frozen until then)."""
    if analysis.project is not None:
        analysis.project.memo.clear()


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
    known = cache.stamps() if cache is not None else {}
    contents, digests, stamps = _read_all(root, sources, settings.max_file_size, known)
    names = enabled_checks(registry, settings, checks)
    setup = _setup_key(settings, registry, names, walk_problems)
    run_key = _run_key(setup, sources, digests)
    timings["hashing"] = time.perf_counter() - started

    if cache is not None:
        started = time.perf_counter()
        stored = cache.results(run_key)
        timings["cache: results"] = time.perf_counter() - started
        if stored is not None:
            files, roles, errors, results, targets, releases = stored
            analysis = Analysis(root, settings, files, None, errors, results, timings, roles=roles, cached=True, targets=targets, releases=releases)
            analysis.stats.update(files=len(sources), parsed=0, cache_hits=len(sources), cache_misses=0)
            cache.store_stamps(stamps)
            return analysis

    from .facts.parsing import extract_all, parsing_jobs, read_source

    started = time.perf_counter()
    files: list[FileFacts | None] = [data if isinstance(data, FileFacts) else None for data in contents]
    # a notebook's facts depend on max-file-size too (it limits the notebook's code, known only once parsed)
    keys = [_facts_key(s, d, settings.max_file_size) for s, d in zip(sources, digests)]
    stored_facts = [cache is not None and facts is None and cache.has_facts(keys[i]) for i, facts in enumerate(files)]
    changed_under_us = False

    def parse(todo: list[int]) -> int:
        """Read (where the stamp answered) and extract the files at ``todo``; the number of processes."""
        nonlocal changed_under_us
        for i in todo:
            if contents[i] is None:  # its digest came from its stamp: read it now
                data = read_source(root, sources[i], settings.max_file_size)
                if isinstance(data, bytes) and digest(data) != digests[i]:
                    # written since its stat: facts go under the digest of what is parsed, and
                    # results keyed by the stale digest are not stored
                    digests[i] = digest(data)
                    keys[i] = _facts_key(sources[i], digests[i], settings.max_file_size)
                    stamps.pop(sources[i].path, None)
                    changed_under_us = True
                contents[i] = data
        for i in [i for i in todo if isinstance(contents[i], FileFacts)]:
            files[i] = contents[i]  # type: ignore[assignment]
            keys[i] = (*keys[i][:1], "", *keys[i][2:])  # type: ignore[assignment]
            changed_under_us = True
        todo = [i for i in todo if files[i] is None]
        workers = parsing_jobs(jobs or settings.jobs, sum(len(contents[i]) for i in todo))  # type: ignore[arg-type]
        pickled: dict[int, bytes] = {}  # facts a parsing worker pickled already, by position in todo
        parsed = extract_all([(sources[i], contents[i]) for i in todo], workers, settings.max_file_size, pickled)  # type: ignore[misc]
        for n, (i, facts) in enumerate(zip(todo, parsed)):
            files[i] = facts
            if cache is not None:
                cache.store_facts(keys[i], facts, pickled.get(n))
        return workers

    todo = [i for i, facts in enumerate(files) if facts is None and not stored_facts[i]]
    timings["cache: facts"] = time.perf_counter() - started
    started = time.perf_counter()
    workers = parse(todo)
    timings["parsing"] = time.perf_counter() - started
    facts_key = ""
    if cache is not None and not changed_under_us:
        # early cut-off: the changed files' facts may be the ones the stored results were computed from
        started = time.perf_counter()
        # a pyproject.toml by its bytes: the filter stage reads its lines (where a roles or
        # per-file-ignores entry is), which its facts (entry references) do not hold
        facts_key = _facts_run_key(setup, sources, [
            digests[i] if source.path.rpartition("/")[2] == "pyproject.toml" else cache.facts_digest(key) if key[1] else _pickle_digest(facts)
            for i, (source, key, facts) in enumerate(zip(sources, keys, files))
        ])
        stored = cache.results(facts_key) if todo else None
        timings["cache: results by facts"] = time.perf_counter() - started
        if stored is not None:
            files_, roles, errors, results, targets, releases = stored
            analysis = Analysis(root, settings, files_, None, errors, results, timings, roles=roles, cached=True, targets=targets, releases=releases)
            analysis.stats.update(files=len(sources), parsed=len(todo), cache_hits=cache.hits, cache_misses=cache.misses, jobs=workers)
            cache.save_facts(key for key in keys if key[1])
            cache.store_stamps(stamps)
            cache.store_results(run_key, stored, facts_key)
            return analysis
    started = time.perf_counter()
    if cache is not None:
        for i, facts in enumerate(files):
            if facts is None:
                files[i] = cache.facts(keys[i])
        unreadable = [i for i, facts in enumerate(files) if facts is None]  # a stored entry that no longer loads
        if unreadable:
            workers = max(workers, parse(unreadable))
            todo += unreadable
    timings["cache: facts"] += time.perf_counter() - started
    all_files: list[FileFacts] = [f for f in files if f is not None]
    if any(f.written for f in all_files):  # scripts notebooks write with %%writefile (facts/written.py)
        from .facts.discovery import source_roots
        from .facts.written import expand_written

        all_files = expand_written(all_files, source_roots(root, settings.src), (*settings.exclude, *settings.extend_exclude))

    started = time.perf_counter()
    from .filters import apply_filters
    from .model.knowledge import rules_from_config
    from .model.project import Project  # not needed by a run the cache answers
    from .model.runtime_targets import runtime_targets

    configured = rules_from_config(settings.knowledge)
    knowledge = registry.knowledge(configured)
    fingerprint = f"{registry.knowledge_key()}|{configured!r}"  # what rule positions mean
    if cache is not None:
        for i, facts in enumerate(files):
            if facts is not None and not facts.error and keys[i][1]:
                derived = cache.derived(keys[i], fingerprint)
                if derived is not None:
                    knowledge.preload(facts, derived)
    good = [f for f in all_files if not f.error]
    project = Project(good, knowledge, settings, settings.roles, settings.not_roles)
    timings["project"] = time.perf_counter() - started
    timings.update({f"  {stage}": seconds for stage, seconds in project.timings.items()})  # parts of "project"

    cell_errors = ((f"{f.path}[cell {cell}]", reason) for f in all_files for cell, reason in f.cell_errors)
    part_errors = ((f"{f.path}[{part}]", reason) for f in all_files for part, reason in f.part_errors)
    errors = sorted([*walk_problems, *(_error_entry(f) for f in all_files if f.error), *cell_errors, *part_errors])
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
    if any(f.origin for f in all_files):  # releases in %%writefile scripts: in their notebooks
        from .facts.written import locate_releases

        analysis.releases = locate_releases(analysis.releases, all_files)
    timings["releases"] = time.perf_counter() - started
    started = time.perf_counter()
    apply_filters(analysis, registry)
    timings["filters"] = time.perf_counter() - started
    if cache is not None:
        started = time.perf_counter()
        cache.save_facts(key for key in keys if key[1])
        for i, facts in enumerate(files):
            derived = knowledge.exported(facts) if facts is not None and keys[i][1] else None
            if derived is not None:
                cache.store_derived(keys[i], derived)
        cache.save_derived((key for key in keys if key[1]), fingerprint)
        cache.store_stamps(stamps)
        if not changed_under_us:
            slim = analysis.detached()
            cache.store_results(run_key, (slim.files, slim.roles, errors, analysis.results, analysis.targets, analysis.releases), facts_key)
        timings["cache: save"] = time.perf_counter() - started
    return analysis


def _error_entry(facts: FileFacts) -> tuple[str, str]:
    """``(path, why)`` of a file not analysed; for a file a notebook writes, the notebook cell."""
    if facts.origin:
        from .facts.written import error_entry

        return error_entry(facts)
    return facts.path, facts.error


def _releases(project: Project, settings: Settings) -> list[dict[str, Any]]:
    """The release list of the JSON report (built from the graph the checks share)."""
    from .model.releases.release_flow import release_flow

    try:
        patterns = tuple(settings.check_options.get("ungated-deployment", {}).get("gate-functions", ()))
        return release_flow(project).describe(patterns)
    except Exception:  # noqa: BLE001 - a report extra must never take the run down
        return []


def _facts_key(source: SourceFile, file_digest: str, max_size: int) -> tuple[str, str, str, bool, str]:
    # a notebook's facts depend on max-file-size too (it limits the notebook's code, known only once parsed)
    key_digest = f"{file_digest}:{max_size}" if file_digest and source.kind == "ipynb" else file_digest
    return (source.path, key_digest, source.module, source.is_package, source.kind)


def _read_all(root: Path, sources: list[SourceFile], max_size: int, known: Mapping[str, tuple[Stamp, str]]) -> tuple[list[bytes | FileFacts | None], list[str], dict[str, tuple[Stamp, str]]]:
    """Each file's digest, read and hashed only when its stat stamp is not the one it was last
    hashed under; its bytes (None when the stamp answered), or facts saying why it is not read.

    Returns the contents, the digests and the stamps to remember for the next run.
    """
    read_source = None
    contents: list[bytes | FileFacts | None] = []
    digests: list[str] = []
    stamps: dict[str, tuple[Stamp, str]] = {}
    now = time.time_ns()
    for source in sources:
        path = os.path.join(root, source.path)
        try:
            info = os.stat(path)
        except OSError:
            info = None
        # max-file-size is part of the stamp: under another limit the file may not be read at all
        stamp = (info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino, max_size) if info is not None else None
        entry = known.get(source.path)
        if stamp is not None and entry is not None and entry[0] == stamp and stamp[2] == source.size:
            contents.append(None)
            digests.append(entry[1])
            stamps[source.path] = entry
            continue
        if read_source is None:
            from .facts.parsing import read_source
        data = read_source(root, source, max_size)
        contents.append(data)
        if isinstance(data, bytes):
            file_digest = digest(data)
            if stamp is not None and max(stamp[0], stamp[1]) < now - RACY_NS:
                stamps[source.path] = (stamp, file_digest)
        else:
            file_digest = ""
        digests.append(file_digest)
    return contents, digests, stamps


def _setup_key(settings: Settings, registry: Registry, names: list[str], problems: list[tuple[str, str]]) -> str:
    """What a run's results depend on besides its files: configuration, checks (their code),
    knowledge and the files that discovery could not take (those are reported too)."""
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(repr(sorted(problems)).encode("utf-8", "surrogatepass"))
    hasher.update(repr((replace(settings, jobs=0, cache=True, coverage=False, coverage_data=""), names, registry.knowledge_key())).encode())
    stamps: dict[str, str] = {}  # one walk per package: the built-in checks share theirs
    for check in sorted(registry.checks.values(), key=lambda c: c.name):
        hasher.update(f"{check.__module__}.{check.__qualname__}:{_code_stamp(check, stamps)}".encode())
    return hasher.hexdigest()


def _run_key(setup: str, sources: list[SourceFile], digests: list[str]) -> str:
    """Everything a run's results depend on: ``setup`` (:func:`_setup_key`) and every file."""
    hasher = hashlib.blake2b(setup.encode(), digest_size=16)
    for source, file_digest in zip(sources, digests):
        hasher.update(f"{source.path}\0{source.kind}\0{source.module}\0{source.is_package}\0{source.size}\0{file_digest}\n".encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


def _facts_run_key(setup: str, sources: list[SourceFile], facts_digests: list[str]) -> str:
    """The results' second key: ``setup`` (:func:`_setup_key`) and each file's facts digest in
    place of its bytes (the project stage and the checks read nothing else of a file)."""
    hasher = hashlib.blake2b(b"facts:" + setup.encode(), digest_size=16)
    for source, facts_digest in zip(sources, facts_digests):
        hasher.update(f"{source.path}\0{source.kind}\0{source.module}\0{source.is_package}\0{facts_digest}\n".encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


def _pickle_digest(facts: FileFacts | None) -> str:
    """The digest of facts that are not cached (a file not read: too large, unreadable)."""
    import pickle

    return digest(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))


def _code_stamp(check: type[Check], known: dict[str, str] | None = None) -> str:
    """A check's code changes when a source file of its package does (helpers included), so
    editing or upgrading a plugin invalidates cached results. Files on disk, not the modules
    this process happens to have imported, so every process computes the same stamp.
    ``known`` remembers the stamps computed in this run, by module: the built-in checks share
    one walk of their package."""
    known = {} if known is None else known
    parts = []
    for name in dict.fromkeys((check.__module__, check.__module__.split(".")[0])):
        if name == __package__:
            # this package's own files: the cache's salt (facts.cache.package_salt) already
            # digests every one of them, so a change to them is a new cache; a warm run need
            # not stat them all again (about 100 files)
            continue
        if name not in known:
            known[name] = _module_stamp(name)
        parts.append(known[name])
    return ";".join(p for p in parts if p) or "?"


def _module_stamp(name: str) -> str:
    """Stat stamps of a module's file, or of every module of a package."""
    module = sys.modules.get(name)
    path = getattr(module, "__file__", None)
    if not path:
        return ""
    if hasattr(module, "__path__"):  # a package: every module in it
        files = sorted(Path(path).parent.rglob("*.py"))
    else:  # a single-file module (never its whole site-packages folder)
        files = [Path(path)]
    stamps = []
    for file in files:
        try:
            stat = file.stat()
        except OSError:
            continue
        stamps.append(f"{file}:{stat.st_mtime_ns}:{stat.st_size}")
    return ";".join(stamps)


def enabled_checks(registry: Registry, settings: Settings, only: Iterable[str] | None = None, runtime: bool = False) -> list[str]:
    """The checks a run executes; ``runtime`` picks the checks judged against coverage data
    after the tests (their class says ``runtime = True``) instead of the static ones."""
    names = sorted(name for name, check in registry.checks.items() if bool(getattr(check, "runtime", False)) == runtime)
    names = [n for n in names if check_selected(settings, n)]
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
