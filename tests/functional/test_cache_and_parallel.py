"""Issue 5 behaviour through real pytest runs: the facts cache, parallel parsing, xdist, timings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pytest_mllens.facts.cache import Cache, cache_secret, package_salt
from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse, parsing_jobs
from pytest_mllens.registry import load_registry
from pytest_mllens.report.json_report import json_report

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")

ROOT = Path(__file__).resolve().parents[2]
SECRET = b"k" * 32
FEATURES = {"ml/features.py": "import numpy as np\n\ndef scale(x):\n    return np.log1p(x)\n"}


@pytest.fixture
def project(write_files, bad_project) -> dict[str, str]:
    """The shared bad project plus a clean feature module: three modules and pyproject.toml (read for entry points), three findings."""
    files = {**bad_project, **FEATURES}
    write_files(files)
    return files


def timing_summary(result: pytest.RunResult) -> str:
    return next(line for line in result.outlines if line.startswith("mllens timing: ") and " parsed" in line)


def test_warm_run_parses_nothing_and_reports_the_same(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """A second run over an unchanged project reuses the results and parses no file."""
    first = pytester.runpytest("--mllens-only", "--mllens-timings", "--mllens-report", "json:one.json")
    second = pytester.runpytest("--mllens-only", "--mllens-timings", "--mllens-report", "json:two.json")
    assert "4 parsed" in timing_summary(first) and "0 hits, 4 misses" in timing_summary(first)
    assert "0 parsed;" in timing_summary(second) and "results reused" in timing_summary(second)  # no pool named: none started
    second.assert_outcomes(failed=3)
    one = json.loads((pytester.path / "one.json").read_text())
    two = json.loads((pytester.path / "two.json").read_text())
    assert one == two and one["findings"]


def test_one_changed_file_is_the_only_one_parsed(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """After an edit to one file, only that file is parsed again and its new finding appears."""
    pytester.runpytest("--mllens-only")
    (pytester.path / "ml" / "features.py").write_text("from ml.train import train\n", encoding="utf-8")
    result = pytester.runpytest("--mllens-only", "--mllens-timings")
    assert "1 parsed" in timing_summary(result) and "3 hits, 1 misses" in timing_summary(result)
    result.assert_outcomes(failed=3)


def test_cache_clear_parses_everything_again(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """pytest --cache-clear throws the facts cache away."""
    pytester.runpytest("--mllens-only")
    result = pytester.runpytest("--mllens-only", "--mllens-timings", "--cache-clear")
    assert "4 parsed" in timing_summary(result)


@pytest.mark.parametrize("damage", [b"", b"\x80\x04garbage", b"not a pickle at all"])
def test_corrupt_cache_is_ignored_and_rebuilt(pytester: pytest.Pytester, project: dict[str, str], damage: bytes) -> None:
    """Truncated or garbage cache files are ignored, the run is correct, and the cache is rebuilt."""
    pytester.runpytest("--mllens-only")
    stored = sorted((pytester.path / ".pytest_cache").rglob("*.bin"))
    # facts are sharded by path; stamps.bin appears once the files are older than the racy
    # window (see engine._read_all)
    names = {p.name for p in stored}
    assert "results.bin" in names and any(n.startswith("derived-") for n in names) and any(n.startswith("facts-") for n in names)
    assert names <= {"results.bin", "stamps.bin", "facts-digests.bin", *(f"facts-{n:02d}.bin" for n in range(16)), *(f"derived-{n:02d}.bin" for n in range(16))}
    for path in stored:
        path.write_bytes(damage)
    result = pytester.runpytest("--mllens-only", "--mllens-timings")
    result.assert_outcomes(failed=3)
    assert "4 parsed" in timing_summary(result)
    again = pytester.runpytest("--mllens-only", "--mllens-timings")
    assert "results reused" in timing_summary(again)


def test_without_pytest_cache_the_lens_still_runs(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """With pytest's cache provider disabled there is no cache, and nothing breaks."""
    result = pytester.runpytest("--mllens-only", "--mllens-timings", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=3)
    assert "cache: off" in timing_summary(result)


def test_cache_can_be_switched_off_in_config(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """`cache = false` in [tool.mllens] parses every file on every run."""
    (pytester.path / "pyproject.toml").write_text("[tool.mllens]\ncache = false\n", encoding="utf-8")
    pytester.runpytest("--mllens-only")
    result = pytester.runpytest("--mllens-only", "--mllens-timings")
    assert "4 parsed" in timing_summary(result) and "cache: off" in timing_summary(result)


def test_timings_list_every_stage(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """--mllens-timings prints discovery, hashing, parsing, project, each check and reporting."""
    result = pytester.runpytest("--mllens-only", "--mllens-timings", "--mllens-report", "json:out.json")
    text = result.stdout.str()
    for stage in ("discovery", "hashing", "parsing", "project", "check hosting-imports-training", "check ungated-deployment", "filters", "reporting", "total"):
        assert f"mllens timing: {stage} " in text, stage


def test_bad_jobs_option_is_a_usage_error(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """A negative --mllens-jobs is refused with a clear message."""
    result = pytester.runpytest("--mllens-only", "--mllens-jobs", "-1")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--mllens-jobs: expected an integer >= 0, 0 meaning automatic (got -1)*"])


def test_jobs_zero_means_automatic(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """--mllens-jobs 0 means automatic, as `jobs = 0` does in [tool.mllens]."""
    result = pytester.runpytest("--mllens-only", "--mllens-jobs", "0", "--mllens-timings")
    result.assert_outcomes(failed=3)
    assert "in 1 process(es)" in timing_summary(result)  # three small files: not worth a pool


def test_xdist_gives_the_serial_results(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """Under pytest -n 2 the items, outcomes, summary and JSON report equal a serial run's."""
    serial = pytester.runpytest_subprocess("--mllens-only", "-p", "no:cacheprovider", "--mllens-report", "json:serial.json")
    parallel = pytester.runpytest_subprocess("--mllens-only", "-n", "2", "--mllens-report", "json:xdist.json")
    serial.assert_outcomes(failed=3)
    parallel.assert_outcomes(failed=3)
    summary = "*mllens: 3 checks run, 0 passed, 3 failed, 3 findings, 3 files analysed*"
    serial.stdout.fnmatch_lines([summary])
    parallel.stdout.fnmatch_lines([summary])
    serial_report = json.loads((pytester.path / "serial.json").read_text())
    xdist_report = json.loads((pytester.path / "xdist.json").read_text())
    assert serial_report == xdist_report


def test_xdist_workers_read_what_the_controller_analysed(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """The controller analyses once before the workers start; the workers parse nothing."""
    result = pytester.runpytest_subprocess("--mllens-only", "-n", "2", "--mllens-timings")
    assert "4 parsed" in timing_summary(result)  # the controller's own run
    cache = next((pytester.path / ".pytest_cache").rglob("results.bin"))
    secret = cache_secret(pytester.path / ".cache" / "pytest-mllens")  # pytester's HOME
    assert secret is not None
    stored = Cache(cache.parent, package_salt(), secret=secret)._load(cache.name, tuple)
    assert stored is not None and stored[0]  # authenticated, salted, keyed by the run


def test_concurrent_runs_do_not_corrupt_the_cache(pytester: pytest.Pytester, project: dict[str, str]) -> None:
    """Two runs started together over one project both succeed and leave a readable cache."""
    command = [sys.executable, "-m", "pytest", "--mllens-only", "-p", "no:randomly"]
    runs = [subprocess.Popen(command, cwd=pytester.path, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [1, 1], outputs
    result = pytester.runpytest("--mllens-only", "--mllens-timings")
    result.assert_outcomes(failed=3)
    assert "results reused" in timing_summary(result)


def _settings(registry):
    return parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)


def test_parallel_parsing_equals_serial_on_the_example_project() -> None:
    """Facts parsed in 2 processes give a report identical to 1 process, byte for byte."""
    registry = load_registry()
    settings = _settings(registry)
    serial = analyse(ROOT / "example_project", settings, registry, jobs=1)
    parallel = analyse(ROOT / "example_project", settings, registry, jobs=2)
    assert parallel.stats["jobs"] == 2 and parallel.stats["parsed"] == serial.stats["parsed"] > 4
    assert json.dumps(json_report(parallel)) == json.dumps(json_report(serial))


def test_a_read_only_cache_never_writes(tmp_path: Path) -> None:
    """An xdist worker's cache (writable=False) reads but leaves the directory untouched."""
    registry = load_registry()
    cache = Cache(tmp_path / "cache", package_salt(), secret=SECRET, writable=False)
    analyse(ROOT / "example_project", _settings(registry), registry, cache=cache)
    assert not (tmp_path / "cache").exists()


def test_a_cache_from_another_version_is_not_trusted(tmp_path: Path) -> None:
    """Entries written under another salt (package version or source) are ignored."""
    registry = load_registry()
    settings = _settings(registry)
    analyse(ROOT / "example_project", settings, registry, cache=Cache(tmp_path, "other-version", secret=SECRET))
    fresh = Cache(tmp_path, package_salt(), secret=SECRET)
    analysis = analyse(ROOT / "example_project", settings, registry, cache=fresh)
    assert not analysis.cached and fresh.hits == 0 and fresh.misses == analysis.stats["parsed"]


def test_automatic_jobs_stay_serial_for_small_work() -> None:
    """Automatic parallelism only starts once the bytes to parse pay for a process pool."""
    assert parsing_jobs(0, 10_000) == 1
    assert parsing_jobs(3, 10) == 3
    assert parsing_jobs(0, 50_000_000) >= 1


PROBE = """
import sys

def pytest_unconfigure(config):
    print("libcst imported:", "libcst" in sys.modules)
"""


def test_a_warm_run_does_not_import_libcst(pytester: pytest.Pytester, project: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing libcst alone costs a third of a second: a run with nothing to parse never imports it."""
    (pytester.path / "mllens_probe.py").write_text(PROBE, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(pytester.path))
    cold = pytester.runpytest_subprocess("--mllens-only", "-p", "mllens_probe")
    warm = pytester.runpytest_subprocess("--mllens-only", "-p", "mllens_probe")
    cold.stdout.fnmatch_lines(["*libcst imported: True*"])
    warm.stdout.fnmatch_lines(["*libcst imported: False*"])
    warm.assert_outcomes(failed=3)


def test_cached_results_still_report_new_discovery_problems(tmp_path: Path) -> None:
    """A file that cannot be taken (a non-UTF-8 name) appearing after a cached run is reported, not hidden by the cache."""
    registry = load_registry()
    settings = _settings(registry)
    (tmp_path / "app.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n", encoding="utf-8")
    cache_dir = tmp_path / ".cache"
    assert analyse(tmp_path, settings, registry, cache=Cache(cache_dir, package_salt(), secret=SECRET)).errors == []
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xff.py"), "wb") as handle:
        handle.write(b"x = 1\n")
    again = analyse(tmp_path, settings, registry, cache=Cache(cache_dir, package_salt(), secret=SECRET))
    assert not again.cached and [path for path, _ in again.errors] == ["bad\\xff.py"]


def test_results_the_cache_cannot_pickle_do_not_fail_the_run(tmp_path: Path) -> None:
    """A plugin check class defined inside a function cannot be pickled: the run still succeeds, uncached."""
    from pytest_mllens import Check

    def make() -> type:
        class Local(Check):
            id = "MLX900"
            name = "local-check"
            summary = "A check class defined in a function."
            rationale = "Plugins may build check classes dynamically."
            fix = "Nothing to fix."

            def run(self, project):  # type: ignore[no-untyped-def]
                return iter(())

        return Local

    registry = load_registry()
    registry.add_check(make(), "test")
    settings = _settings(registry)
    (tmp_path / "app.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n", encoding="utf-8")
    analysis = analyse(tmp_path, settings, registry, cache=Cache(tmp_path / ".cache", package_salt(), secret=SECRET))
    assert "local-check" in analysis.results and analysis.results["local-check"].error == ""
