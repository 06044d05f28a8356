"""Parallel parsing gives the serial facts, in the serial order, however the work is shared."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from pytest_mllens.facts import parsing
from pytest_mllens.facts.discovery import SourceFile


def _work(count: int) -> list[tuple[SourceFile, bytes]]:
    work = []
    for n in range(count):
        # sizes vary so that the largest-first order differs from the given one
        body = f"import mlflow\n\ndef step{n}(m):\n" + "    if m['auc'] > 0.8:\n        mlflow.register_model('r', 'x')\n" * (1 + n % 7)
        data = body.encode()
        work.append((SourceFile(f"pkg/m{n}.py", "py", f"pkg.m{n}", False, len(data)), data))
    return work


@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_forked_workers_and_parent_give_the_serial_facts() -> None:
    """The parent and its forked workers together return each file's facts at its own index."""
    work = _work(40)
    assert parsing.extract_all(work, 3) == parsing.extract_all(work, 1)


def test_spawn_pool_gives_the_serial_facts() -> None:
    """With another thread running (fork unsafe), the spawn pool returns the same facts in order."""
    work = _work(12)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        parallel = parsing.extract_all(work, 2)
    finally:
        stop.set()
        thread.join()
    assert parallel == parsing.extract_all(work, 1)


@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_files_of_a_worker_that_dies_are_parsed_by_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed mid-run (here: it exits on its first file) leaves no file without facts."""
    parent = os.getpid()
    real = parsing.extract_source

    def dies_in_a_worker(source, data, max_size=None):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            os._exit(1)
        return real(source, data, max_size)

    monkeypatch.setattr(parsing, "extract_source", dies_in_a_worker)
    work = _work(20)
    assert parsing.extract_all(work, 2) == [real(source, data) for source, data in work]
