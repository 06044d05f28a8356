"""Files to facts: reading, decoding, parsing, in one process or several.

The only stage that needs libcst, and the one that costs: libcst is imported here lazily,
when a file actually needs parsing, so a run served from the cache never loads it.
"""

from __future__ import annotations

import os
import re
import threading
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
    from .extract import extract_facts  # libcst: imported only when a file needs parsing

    if source.kind == "config":  # deployment files are read as text, never parsed as Python
        from .deploy_config import extract_config

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
            if not cells:
                return replace(base, cells=())
        else:
            text = decode_source(data)
            skip = not_worth_parsing(text, source.path)  # before any parser: cost grows with size
            if skip:
                return replace(base, error=skip)
    except (SourceError, NotebookError) as exc:
        return replace(base, error=str(exc))
    facts = extract_facts(text, path=source.path, module=source.module, is_package=source.is_package, metric_words=METRIC_WORDS, kind=source.kind)
    if not cells:
        return facts
    if facts.error:
        # "line 57" of the joined code cells means nothing to the notebook's reader
        facts = replace(facts, error=_LINE.sub(lambda m: "cell {}, line {}".format(*cell_position(cells, int(m.group(1)))), facts.error, count=1))
    return replace(facts, cells=cells, cell_errors=cell_errors)


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



def extract_all(work: list[tuple[SourceFile, bytes]], jobs: int, max_size: int | None = None) -> list[FileFacts]:
    if jobs <= 1 or len(work) < 2 * jobs:
        return [extract_source(source, data, max_size) for source, data in work]
    import functools
    import multiprocessing

    # fork is cheapest (the parent has libcst loaded already) where it is safe to use
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 else "spawn"
    context = multiprocessing.get_context(method)
    chunk = max(1, min(32, len(work) // (jobs * 8)))
    # multiprocessing.Pool, not concurrent.futures: on Ctrl-C its exit terminates the workers at
    # once, where an executor would first finish every queued file. The workers ignore SIGINT,
    # so the interrupt reaches only the parent and prints no traceback per worker.
    pool = context.Pool(jobs, initializer=_ignore_interrupts)
    try:
        results = list(pool.imap(functools.partial(_extract_pair, max_size=max_size), work, chunksize=chunk))
    except BaseException:
        _terminate_quietly(pool)
        raise
    pool.close()
    pool.join()
    return results


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


def _extract_pair(item: tuple[SourceFile, bytes], max_size: int | None = None) -> FileFacts:
    return extract_source(*item, max_size)
