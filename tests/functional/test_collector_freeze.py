"""The analysis is kept out of pytest's end-of-run garbage collections (frozen), and the
collector is handed back afterwards, so a process that goes on after the run loses nothing."""

from __future__ import annotations

import gc

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")

RECORDER = """
import atexit
import gc
import pytest


def _record(phase, info):
    if phase == "start" and info["generation"] == 2:
        with open(OUT, "a") as out:
            out.write(f"{gc.get_freeze_count()}\\n")


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    global OUT
    OUT = str(config.rootpath / "frozen.txt")
    gc.callbacks.append(_record)  # before pytest's own end-of-run collections (its unconfigure and cleanups)
    atexit.register(lambda: open(OUT, "a").write("exit\\n"))  # what follows is the interpreter's own, after the run
"""


@pytest.mark.slow
def test_pytests_end_of_run_collections_skip_the_frozen_analysis(pytester: pytest.Pytester, write_files, bad_project) -> None:
    """In a pytest process of its own, the objects frozen after the analysis stay frozen through pytest's end-of-run gc.collect()."""
    write_files(bad_project)
    pytester.makepyfile(gc_recorder=RECORDER)
    result = pytester.runpytest_subprocess("--mllens-only", "-p", "gc_recorder")
    result.assert_outcomes(failed=3)
    lines = (pytester.path / "frozen.txt").read_text().split()
    seen = [int(line) for line in lines[: lines.index("exit")]]
    assert seen and all(count > 0 for count in seen)


def test_nothing_stays_frozen_after_an_in_process_run(pytester: pytest.Pytester, write_files, bad_project) -> None:
    """Once a run in this process is over, the collector has every object back (a process that goes on collects the run's garbage)."""
    write_files(bad_project)
    gc.collect()
    pytester.runpytest_inprocess("--mllens-only").assert_outcomes(failed=3)
    # 0, not the count before the run: gc.unfreeze() hands back the whole permanent generation,
    # and Python 3.12 starts with a few hundred of its own objects frozen there.
    assert gc.get_freeze_count() == 0
