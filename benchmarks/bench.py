"""Speed figures for pytest-mllens, side by side with the floor and a peer, in one run.

Builds a synthetic ML monorepo (benchmarks/synthetic.py; default 2,000 files), then
prints medians over ``--repeat`` runs of:

- the floor: bare ``libcst.parse_module`` over the same sources in a fresh process (parse
  time only), as a naive loop and with the cyclic GC paused (as the engine runs: libcst
  builds millions of nodes, and the collector alone costs about a third of the parse);
- ``pytest --mllens-only`` as a whole process: cold with 1 and with 2 parsing processes
  (cache cleared), warm (nothing changed), and with one file changed;
- the engine's own time for each (from ``--mllens-timings``), which leaves out the
  interpreter and pytest start-up that the floor does not pay;
- peak RSS of the largest process of each run;
- ``lint-imports`` with one forbidden contract on the same tree, when installed.

    python benchmarks/bench.py [--files 2000] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import libcst

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import build  # noqa: E402

PEAK = (
    "import resource, subprocess, sys; out = subprocess.run(sys.argv[1:], capture_output=True, text=True).stdout; "
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN); print(out); print('PEAK', usage.ru_maxrss); print('CPU', usage.ru_utime + usage.ru_stime)"
)


def sources_of(paths: list[Path]) -> list[str]:
    """The Python source the engine parses: .py files and the code cells of notebooks."""
    texts = []
    for path in paths:
        if path.suffix == ".ipynb":
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            texts.append("\n".join("\n".join(line for line in c["source"].splitlines() if not line.startswith(("%", "!"))) for c in cells))
        else:
            texts.append(path.read_text(encoding="utf-8"))
    return texts


AUTOLOAD_NOTE = (
    "every pytest run here has plugin autoloading off (PYTEST_DISABLE_PLUGIN_AUTOLOAD=1), the lens "
    "loaded with -p pytest_mllens.plugin, the start-up baseline with no plugin: the dev "
    "environment's other plugins (hypothesis, cov, xdist) are not measured"
)


def bench_env() -> dict[str, str]:
    """The environment of every measured command: plugin autoloading off (see ``mllens``), and
    bytecode cached as an installed package has it (pip compiles on install); with
    PYTHONDONTWRITEBYTECODE a source checkout would compile the plugin anew in every run,
    while pytest's own modules keep theirs."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return env


def run(command: list[str], cwd: Path) -> tuple[float, float, float, float]:
    """Wall seconds, engine seconds (from --mllens-timings, else 0), peak RSS (MiB) and the CPU
    seconds of the command's processes (user + system: on a shared machine the load moves wall
    time far more than CPU time)."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", PEAK, *command], cwd=cwd, capture_output=True, text=True, check=False, env=bench_env())
    wall = time.perf_counter() - started
    peak = int(re.findall(r"^PEAK (\d+)$", result.stdout, re.M)[-1]) / 1024
    match = re.search(r"mllens timing: total\s+([\d.]+) ms", result.stdout)
    engine = float(match.group(1)) / 1000 if match else 0.0
    cpu = float(re.findall(r"^CPU ([\d.]+)$", result.stdout, re.M)[-1])
    return wall, engine, peak, cpu


FLOOR = (
    "import gc, json, sys, time, libcst; texts = json.load(open(sys.argv[1], encoding='utf-8')); "
    "gc.disable() if sys.argv[2] == 'off' else None; started = time.perf_counter(); "
    "[libcst.parse_module(t) for t in texts]; print(time.perf_counter() - started)"
)


def floor_seconds(listing: Path, collect: bool) -> float:
    """Bare ``libcst.parse_module`` over every source, in a fresh process (parse time only)."""
    result = subprocess.run([sys.executable, "-c", FLOOR, str(listing), "on" if collect else "off"], capture_output=True, text=True, check=True)
    return float(result.stdout.strip())


def mllens(jobs: int, *extra: str) -> list[str]:
    """``pytest --mllens-only``, run with :func:`bench_env`: plugin autoloading is off, so the
    lens is loaded by name and no other installed plugin (hypothesis, pytest-cov, xdist of
    this repository's test extra; about 0.1-1.5 s of start-up) is measured with it."""
    return [sys.executable, "-m", "pytest", "-q", "-p", "pytest_mllens.plugin", "--mllens-only", f"--mllens-jobs={jobs}", "-o", "cache_dir=.bench_cache", *extra]


def pytest_startup(*extra: str) -> list[str]:
    """pytest's own start-up on the same tree, collecting nothing, with :func:`bench_env`."""
    return [sys.executable, "-m", "pytest", "-q", "-p", "no:mllens", "--co", "-o", "cache_dir=.bench_cache", *extra]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def measure_median(command: list[str], root: Path, repeat: int, before=None) -> tuple[float, float, float, float]:
    """Medians of wall seconds, engine seconds, peak RSS and CPU seconds over ``repeat`` runs of ``command``
    (``before`` runs ahead of each, e.g. to clear or warm the cache)."""
    samples = []
    for _ in range(repeat):
        if before:
            before()
        samples.append(run(command, root))
    return tuple(median([s[i] for s in samples]) for i in range(4))  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description="pytest-mllens speed benchmark")
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="mllens-bench-"))
    try:
        paths = build(root, args.files)
        texts = sources_of(paths)
        size = sum(len(t.encode()) for t in texts)
        print(f"repository: {len(paths)} files, {size / 1e6:.1f} MB of Python, {root}")
        print(AUTOLOAD_NOTE)

        # the floor runs in a fresh process, like each mllens run: a process that has parsed
        # before reuses its warm allocator and parses up to a third faster
        listing = root / ".bench_sources.json"
        listing.write_text(json.dumps(texts), encoding="utf-8")
        floor = [floor_seconds(listing, collect=True) for _ in range(args.repeat)]
        floor_no_gc = [floor_seconds(listing, collect=False) for _ in range(args.repeat)]
        listing.unlink()
        figures: dict[str, tuple[float, float, float, float]] = {}

        def measure(label: str, command: list[str], before=None) -> None:
            figures[label] = measure_median(command, root, args.repeat, before)

        clear = lambda: shutil.rmtree(root / ".bench_cache", ignore_errors=True)  # noqa: E731
        measure("cold, 1 process", mllens(1, "--mllens-timings"), clear)
        measure("cold, 2 processes", mllens(2, "--mllens-timings"), clear)
        subprocess.run(mllens(1), cwd=root, capture_output=True, check=False, env=bench_env())
        measure("warm, nothing changed", mllens(1, "--mllens-timings"))
        changed = next(p for p in paths if p.suffix == ".py" and "training" in p.parts)
        original = changed.read_text(encoding="utf-8")
        counter = iter(range(10**6))

        def touch() -> None:
            subprocess.run(mllens(1), cwd=root, capture_output=True, check=False, env=bench_env())
            changed.write_text(original + f"\nVERSION_{next(counter)} = 1\n", encoding="utf-8")

        measure("one file changed", mllens(1, "--mllens-timings"), touch)
        changed_text = changed.read_text(encoding="utf-8")
        started = time.perf_counter()
        libcst.parse_module(changed_text)
        one_parse = time.perf_counter() - started

        linter = shutil.which("lint-imports") or (str(Path(sys.executable).parent / "lint-imports") if (Path(sys.executable).parent / "lint-imports").exists() else None)
        if linter:
            subprocess.run([linter], cwd=root, capture_output=True, check=False)
            measure("lint-imports (1 forbidden contract)", [linter])

        floor_s, floor_quiet = median(floor), median(floor_no_gc)
        print(f"\n{'run':<38}{'wall s':>9}{'engine s':>10}{'peak RSS MiB':>14}{'CPU s':>8}")
        print(f"{'bare libcst.parse_module (floor)':<38}{floor_s:>9.2f}{floor_s:>10.2f}{'':>14}")
        print(f"{'  the same, cyclic GC paused':<38}{floor_quiet:>9.2f}{floor_quiet:>10.2f}{'':>14}")
        for label, (wall, engine, peak, cpu) in figures.items():
            print(f"{label:<38}{wall:>9.2f}{engine:>10.2f}{peak:>14.0f}{cpu:>8.2f}")

        cold1, cold2 = figures["cold, 1 process"], figures["cold, 2 processes"]
        warm, one = figures["warm, nothing changed"], figures["one file changed"]
        print("\nratios (target in brackets):")
        print(f"  cold 1 process / floor:          engine {cold1[1] / floor_s:.2f}, whole process {cold1[0] / floor_s:.2f}  [<= 1.3]")
        print(f"  cold 1 process / floor, GC paused: engine {cold1[1] / floor_quiet:.2f}, whole process {cold1[0] / floor_quiet:.2f}")
        print(f"  cold 1 process / cold 2:         {cold1[0] / cold2[0]:.2f} x faster  [>= 1.6]")
        print(f"  warm / cold 1 process:           {warm[0] / cold1[0]:.3f}  [<= 0.05]")
        if linter:
            print(f"  warm / lint-imports:             {warm[0] / figures['lint-imports (1 forbidden contract)'][0]:.2f}  [<= 1.5]")
        print(f"  one changed - warm:              {one[0] - warm[0]:.2f} s (CPU {one[3] - warm[3]:.2f} s) vs 2 x parse of that file {2 * one_parse:.2f} s")
        print(f"  peak RSS:                        {max(f[2] for label, f in figures.items() if 'lint' not in label):.0f} MiB  [<= 1024 at 10,000 files]")
        print(f"\nmachine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; python {sys.version.split()[0]}; libcst {libcst.__version__ if hasattr(libcst, '__version__') else '?'}")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
