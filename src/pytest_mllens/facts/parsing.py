"""Files to facts: reading, decoding, parsing, in one process or several.

The only stage that needs libcst, and the one that costs: libcst is imported here lazily,
when a file actually needs parsing, so a run served from the cache never loads it.
"""

from __future__ import annotations

import os
import pickle
import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from .discovery import SourceFile
from .generated import not_worth_parsing
from .records import FileFacts, cell_position
from .notebooks import NOTEBOOK_FILE_FACTOR, NotebookError, read_notebook
from .source import SourceError, decode_source

__all__ = ["METRIC_WORDS", "extract_all", "extract_file", "extract_source", "parsing_jobs", "read_source"]

PARALLEL_MIN_BYTES = 200_000
MAX_JOBS = 32  # a typo such as jobs = 1000 must not fork a thousand processes
AUTO_MAX_JOBS = 8  # automatic: all usable cores, at most this many (more buys little: the project stage is serial)

METRIC_WORDS = frozenset(
    """accuracy acc auc roc pr f1 fbeta precision recall rmse mse mae mape smape r2 rsquared loss
    logloss score scores metric metrics threshold thresholds baseline champion challenger incumbent
    production prod best min max minimum maximum gini ks ndcg map mrr bleu rouge perplexity wer cer
    iou dice kappa mcc brier lift approved approval improvement improves better worse regression
    tolerance margin quality performance eval evaluation objective""".split()
)


def extract_file(root: Path, source: SourceFile, max_size: int) -> FileFacts:
    """Read and parse one file into facts; any problem becomes ``FileFacts.error``."""
    data = read_source(root, source, max_size)
    return data if isinstance(data, FileFacts) else extract_source(source, data, max_size)


def extract_source(source: SourceFile, data: bytes, max_size: int | None = None) -> FileFacts:
    """Parse the bytes of one file into facts. The only place that needs libcst.

    ``max_size`` limits a notebook's code (its outputs and attachments do not count).
    """
    if source.kind == "config":  # deployment files are read as text, never parsed as Python
        from .configs.deploy_config import extract_config

        return extract_config(source.path, data)
    base = FileFacts(path=source.path, module=source.module, kind=source.kind)
    cells: tuple[tuple[int, int], ...] = ()
    cell_errors: tuple[tuple[int, str], ...] = ()
    try:
        if source.kind == "ipynb":
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                return replace(base, error="notebook is not UTF-8 JSON; not analysed")
            notebook = read_notebook(text)
            if max_size is not None and notebook.size > max_size:
                return replace(base, error=f"notebook code is {notebook.size} bytes, over max-file-size ({max_size}); not analysed")
            text, cells, cell_errors = notebook.source, notebook.cells, notebook.problems
            if notebook.writes:  # files its %%writefile cells write (facts/written.py)
                from .written import written_facts

                base = replace(base, written=written_facts(source.path, source.module, notebook, METRIC_WORDS, max_size))
            if not cells:
                return replace(base, cells=())
        else:
            text = decode_source(data)
            skip = not_worth_parsing(text, source.path)  # before any parser: cost grows with size
            if skip:
                return replace(base, error=skip)
    except (SourceError, NotebookError) as exc:
        return replace(base, error=str(exc))
    # libcst: imported only when a file needs parsing (not for a deployment file, a generated
    # module or a file too large: a run with only those changed never loads it)
    from .extraction.extract import extract_facts

    facts = extract_facts(text, path=source.path, module=source.module, is_package=source.is_package, metric_words=METRIC_WORDS, kind=source.kind)
    if not cells:
        return facts
    if facts.error:
        # "line 57" of the joined code cells means nothing to the notebook's reader
        facts = replace(facts, error=_LINE.sub(lambda m: "cell {}, line {}".format(*cell_position(cells, int(m.group(1)))), facts.error, count=1))
    return replace(facts, cells=cells, cell_errors=cell_errors, written=base.written)


_LINE = re.compile(r"\bline (\d+)")


def read_source(root: Path, source: SourceFile, max_size: int) -> bytes | FileFacts:
    """The file's bytes, or facts carrying the reason it is not analysed."""
    base = FileFacts(path=source.path, module=source.module, kind=source.kind)
    if source.kind == "ipynb":  # outputs and attachments count only against a wider ceiling
        if source.size > max_size * NOTEBOOK_FILE_FACTOR:
            return replace(base, error=f"notebook file is {source.size} bytes, over {NOTEBOOK_FILE_FACTOR} x max-file-size ({max_size}); not analysed")
    elif source.size > max_size:
        return replace(base, error=f"file is {source.size} bytes, over max-file-size ({max_size}); not analysed")
    try:
        return (root / source.path).read_bytes()
    except OSError as exc:
        return replace(base, error=f"cannot read: {exc.strerror or exc}")


def parsing_jobs(requested: int, pending_bytes: int) -> int:
    """Processes for parsing: as requested, else all usable cores once the work pays for them.

    Forking a worker costs tens of milliseconds; parsing runs at about 0.4 MB/s, so below
    a few hundred kilobytes one process is faster.
    """
    if requested:
        return min(requested, MAX_JOBS)
    if pending_bytes < PARALLEL_MIN_BYTES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, AUTO_MAX_JOBS))



def extract_all(work: list[tuple[SourceFile, bytes]], jobs: int, max_size: int | None = None, pickled: dict[int, bytes] | None = None) -> list[FileFacts]:
    """Facts for each ``(source, bytes)`` of ``work``, in its order, parsed by ``jobs`` processes.

    ``pickled``, when given, receives ``index -> pickle`` of the facts that came from a worker
    (pickled there by ``cache_codec.dumps``, as the facts cache stores them), so that the
    parent does not pickle them a second time.

    Where ``fork`` is safe the parent parses too, alongside ``jobs - 1`` forked workers that
    inherit the work (nothing is pickled on the way out); all take the next file, largest
    first, from a shared counter, so no process idles while another works through a chunk of
    big files, and the last files to go are the smallest. Elsewhere a ``spawn`` pool does the
    same with single files.
    """
    if jobs <= 1 or len(work) < 2 * jobs:
        return [extract_source(source, data, max_size) for source, data in work]
    return _extract_parallel(work, jobs, max_size, pickled)


def _extract_parallel(work: list[tuple[SourceFile, bytes]], jobs: int, max_size: int | None, pickled: dict[int, bytes] | None) -> list[FileFacts]:
    import multiprocessing

    # largest first: the run ends with small files, whichever process takes them
    order = sorted(range(len(work)), key=lambda i: len(work[i][1]), reverse=True)
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        from .extraction import extract  # noqa: F401 - libcst and the extractor imported once, before the fork, not once per worker

        return _extract_forked(work, order, jobs, max_size, {} if pickled is None else pickled)
    return _extract_pooled(work, order, jobs, max_size)


def _extract_pooled(work: list[tuple[SourceFile, bytes]], order: list[int], jobs: int, max_size: int | None) -> list[FileFacts]:
    import functools
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    # multiprocessing.Pool, not concurrent.futures: on Ctrl-C its exit terminates the workers at
    # once, where an executor would first finish every queued file. The workers ignore SIGINT,
    # so the interrupt reaches only the parent and prints no traceback per worker.
    pool = context.Pool(jobs, initializer=_ignore_interrupts)
    results: list[FileFacts | None] = [None] * len(work)
    try:
        tasks = ((i, work[i]) for i in order)
        for i, facts in pool.imap_unordered(functools.partial(_extract_indexed, max_size=max_size), tasks, chunksize=2):
            results[i] = facts
    except BaseException:
        _terminate_quietly(pool)
        raise
    pool.close()
    pool.join()
    return results  # type: ignore[return-value]


def _extract_forked(work: list[tuple[SourceFile, bytes]], order: list[int], jobs: int, max_size: int | None, pickled: dict[int, bytes]) -> list[FileFacts]:
    """The parent and ``jobs - 1`` forked workers share one counter into ``order``; workers
    send each file's facts back as they go (a queue's feeder thread writes them, so a worker
    never waits for the parent to read), and the parent collects them between its own files."""
    import multiprocessing
    import queue as queues
    import signal

    context = multiprocessing.get_context("fork")
    counter = context.Value("q", 0)
    done: multiprocessing.Queue = context.Queue()
    results: list[FileFacts | None] = [None] * len(work)
    # SIGINT is blocked, not ignored, while the workers are forked: each worker ignores it from
    # its first line (no traceback per worker on Ctrl-C), and a Ctrl-C pressed meanwhile stays
    # pending for the parent, which receives it as soon as the workers are out (ignoring it
    # here would drop it, and the run would go on to the end)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        workers = [context.Process(target=_work, args=(work, order, counter, done, max_size), daemon=True) for _ in range(jobs - 1)]
        for worker in workers:
            worker.start()
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    pending = [len(work)]

    def collect(block: bool) -> bool:
        try:
            i, blob = done.get(timeout=0.2) if block else done.get_nowait()
        except queues.Empty:
            return False
        results[i] = pickle.loads(blob)
        pickled[i] = blob
        pending[0] -= 1
        return True

    try:
        for i in _claims(order, counter):
            results[i] = extract_source(*work[i], max_size)
            pending[0] -= 1
            while collect(False):
                pass
        while pending[0]:
            if not collect(True) and not any(worker.is_alive() for worker in workers):
                while collect(False):
                    pass
                break
        for worker in workers:
            worker.join()
    except BaseException:
        _stop_quietly(workers)
        raise
    done.close()
    # a worker that died (killed, out of memory) leaves its files undone: the parent parses them
    return [facts if facts is not None else extract_source(*work[i], max_size) for i, facts in enumerate(results)]


def _claims(order: list[int], counter: object) -> Iterator[int]:
    """The indices this process takes from ``order``, one at a time, until none is left."""
    lock = counter.get_lock()  # type: ignore[attr-defined]
    while True:
        with lock:
            position = counter.value  # type: ignore[attr-defined]
            counter.value = position + 1  # type: ignore[attr-defined]
        if position >= len(order):
            return
        yield order[position]


def _work(work: list[tuple[SourceFile, bytes]], order: list[int], counter: object, done: object, max_size: int | None) -> None:
    """A forked worker: parse until the counter runs out, sending ``(index, facts)`` for each."""
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops us
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked while the parent forked us

    from .cache_codec import dumps
    from .extraction.extract import parse_in_this_thread_only

    gc.disable()  # facts and libcst trees are acyclic; the worker's memory goes when it exits
    parse_in_this_thread_only()  # the queue's feeder thread builds no libcst node
    for i in _claims(order, counter):
        done.put((i, dumps(extract_source(*work[i], max_size))))  # type: ignore[attr-defined]


def _stop_quietly(workers: list) -> None:
    """Stop forked workers at once (SIGINT ignored meanwhile, as for a pool)."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if threading.current_thread() is threading.main_thread() else None
    try:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.join()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _terminate_quietly(pool: object) -> None:
    """Stop the workers at once; a second Ctrl-C while they are being stopped must not break the
    clean-up into a traceback, so SIGINT is ignored until they are gone."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if threading.current_thread() is threading.main_thread() else None
    try:
        pool.terminate()  # type: ignore[attr-defined]
        pool.join()  # type: ignore[attr-defined]
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _ignore_interrupts() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_indexed(item: tuple[int, tuple[SourceFile, bytes]], max_size: int | None = None) -> tuple[int, FileFacts]:
    return item[0], extract_source(*item[1], max_size)
