"""Speed on real code: pinned public packages, each against its own floor and the peers.

The synthetic monorepo of ``bench.py`` is regular; real packages have more calls, guards and
nesting per byte. For each package of ``realpackages.toml`` (unpacked from a local snapshot
at its pinned commit into a cache folder outside this project) this prints medians over
``--repeat`` runs of:

- the floor: bare ``libcst.parse_module`` over the same sources in a fresh process, with one
  process and with a pool of ``--jobs`` processes;
- ``pytest --mllens-only``: cold with one process and with ``--jobs``, warm, and with one file
  changed, each with its engine time and peak RSS;
- the cold/floor ratios as the median of each round's own ratio (a round runs both floors and
  both cold runs back to back, so load that drifts between rounds cancels out), in engine
  seconds and in CPU seconds of the whole processes (the floor's CPU includes its start-up
  and libcst's import, the cold run's pytest's start-up);
- pytest's own start-up on the same tree (``-p no:mllens --co``), ``lint-imports`` with one
  forbidden contract and ``ruff check`` (cold), when installed (``pip install -e ".[bench]"``).

    python benchmarks/realpackages.py [--repeat 3] [--only lightning] [--mirrors DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import AUTOLOAD_NOTE, bench_env, measure_median, median, mllens, pytest_startup, run  # noqa: E402

HERE = Path(__file__).resolve().parent
# The measured folder is its own pytest rootdir and configuration: a package folder inside a
# repository would otherwise take the repository's pytest configuration (and cache) above it.
PINNED = ("-c", "pyproject.toml", "--rootdir=.")
POOL_FLOOR = (
    "import gc, json, resource, sys, time, multiprocessing as mp, libcst\n"
    "def parse(t):\n    libcst.parse_module(t)\n"
    "if __name__ == '__main__':\n"
    "    texts = json.load(open(sys.argv[1], encoding='utf-8')); jobs = int(sys.argv[2]); gc.disable()\n"
    "    started = time.perf_counter()\n"
    "    if jobs == 1:\n        [parse(t) for t in texts]\n"
    "    else:\n"
    "        with mp.get_context('fork').Pool(jobs) as pool:\n            pool.map(parse, texts, chunksize=max(1, len(texts) // (jobs * 8)))\n"
    "    wall = time.perf_counter() - started\n"
    "    children = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "    print(wall, time.process_time() + children.ru_utime + children.ru_stime)\n"
)


def unpack(package: dict[str, str], cache: Path, mirrors: Path | None) -> Path:
    """The package's folder at its pinned commit, unpacked once (the same way as the
    real-world benchmark, which copes with snapshots that lack large blobs)."""
    from realworld import snapshot

    tree = snapshot({"name": package["repo"], "commit": package["commit"], "mirror": package["mirror"]}, cache, mirrors)
    return tree / package["path"]


def sources_of(paths: list[Path]) -> list[str]:
    """What the engine parses: each module, and each notebook's code read as the engine reads
    it (IPython lines neutralised); files neither can read are left out of the floor too."""
    import ast

    from pytest_mllens.facts.notebooks import NotebookError, notebook_source

    texts = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".ipynb":
                text = notebook_source(text)[0]
            ast.parse(text)
        except (OSError, UnicodeDecodeError, NotebookError, SyntaxError, ValueError, RecursionError):
            continue
        texts.append(text)
    return texts


def floor(listing: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, the pool's workers included; from the process's
    start, libcst's import too) of the bare parse loop."""
    script = listing.parent / ".bench_floor.py"
    script.write_text(POOL_FLOOR, encoding="utf-8")
    try:
        out = subprocess.run([sys.executable, str(script), str(listing), str(jobs)], capture_output=True, text=True, check=True)
    finally:
        script.unlink()
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def measure_package(package: dict[str, str], root: Path, repeat: int, jobs: int) -> dict[str, tuple[float, float, float, float]]:
    paths = sorted(p for p in root.rglob("*") if p.suffix in (".py", ".ipynb") and p.is_file())
    texts = sources_of(paths)
    size = sum(len(t.encode()) for t in texts)
    print(f"\n## {package['name']}: {package['repo']}@{package['commit'][:12]}:{package['path']}, {len(paths)} files, {size / 1e6:.1f} MB")
    if not (root / "pyproject.toml").exists():  # pins the analysed project to this folder
        (root / "pyproject.toml").write_text("[tool.mllens]\n", encoding="utf-8")
    figures: dict[str, tuple[float, float, float, float]] = {}
    clear = lambda: shutil.rmtree(root / ".bench_cache", ignore_errors=True)  # noqa: E731
    # Each round measures a floor right beside the cold run it is compared with, and the ratios
    # are the medians of the rounds' own ratios: on a shared machine the load drifts between
    # rounds far more than within one.
    rounds: list[tuple[float, float, tuple[float, float, float, float], tuple[float, float, float, float], float, float]] = []
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.json"
        listing.write_text(json.dumps(texts), encoding="utf-8")
        for _ in range(repeat):
            (one_floor, one_cpu), (pool_floor, pool_cpu) = floor(listing, 1), floor(listing, jobs)
            clear()
            cold_one = run(mllens(1, "--mllens-timings", *PINNED), root)
            clear()
            cold_pool = run(mllens(jobs, "--mllens-timings", *PINNED), root)
            rounds.append((one_floor, pool_floor, cold_one, cold_pool, one_cpu, pool_cpu))
    figures["floor: bare parse, 1 process"] = (median([r[0] for r in rounds]),) * 2 + (0.0, median([r[4] for r in rounds]))
    figures[f"floor: bare parse, {jobs} processes"] = (median([r[1] for r in rounds]),) * 2 + (0.0, median([r[5] for r in rounds]))
    figures["cold, 1 process"] = tuple(median([r[2][i] for r in rounds]) for i in range(4))  # type: ignore[assignment]
    figures[f"cold, {jobs} processes"] = tuple(median([r[3][i] for r in rounds]) for i in range(4))  # type: ignore[assignment]
    ratio_one = median([r[2][1] / r[0] for r in rounds])
    ratio_pool = median([r[3][1] / r[1] for r in rounds])

    def measure(label: str, command: list[str], before=None) -> None:
        figures[label] = measure_median(command, root, repeat, before)
    subprocess.run(mllens(1, *PINNED), cwd=root, capture_output=True, check=False, env=bench_env())
    measure("warm, nothing changed", mllens(1, "--mllens-timings", *PINNED))
    changed = next(p for p in paths if p.suffix == ".py" and p.stat().st_size > 2000)
    original = changed.read_text(encoding="utf-8")
    counter = iter(range(10**6))

    def touch() -> None:
        subprocess.run(mllens(1, *PINNED), cwd=root, capture_output=True, check=False, env=bench_env())
        changed.write_text(original + f"\nVERSION_{next(counter)} = 1\n", encoding="utf-8")

    try:
        measure("one file changed", mllens(1, "--mllens-timings", *PINNED), touch)
    finally:
        changed.write_text(original, encoding="utf-8")
    measure("pytest start-up (-p no:mllens --co)", pytest_startup("--ignore-glob=*", *PINNED))
    ruff = tool("ruff")
    if ruff:
        measure("ruff check (cold)", [ruff, "check", "--no-cache", "--exit-zero", "--quiet", "."])
    linter = tool("lint-imports")
    if linter:
        top = package["import"]
        (root / ".importlinter").write_text(
            f"[importlinter]\nroot_package = {top}\n\n[importlinter:contract:one]\nname = one forbidden\ntype = forbidden\n"
            f"source_modules =\n    {top}\nforbidden_modules =\n    flask\n",
            encoding="utf-8",
        )
        measure("lint-imports (1 forbidden contract)", [linter, "--no-cache"])

    print(f"{'run':<40}{'wall s':>9}{'engine s':>10}{'peak RSS MiB':>14}{'CPU s':>8}")
    for label, (wall, engine, peak, cpu) in figures.items():
        print(f"{label:<40}{wall:>9.2f}{engine:>10.2f}{peak:>14.0f}{cpu:>8.2f}")
    warm, start = figures["warm, nothing changed"], figures["pytest start-up (-p no:mllens --co)"]
    print("ratios (target in brackets):")
    print(f"  cold 1 process / floor 1 process:   engine {ratio_one:.2f}  [<= 1.15]  (median of each round's ratio)")
    print(f"  cold {jobs} processes / floor pool:     engine {ratio_pool:.2f}  [<= 1.2]")
    print(f"  the same in CPU s of whole processes (start-up and imports in both; robust under load): 1 process {median([r[2][3] / r[4] for r in rounds]):.2f}, {jobs} processes {median([r[3][3] / r[5] for r in rounds]):.2f}")
    print("  rounds (floor 1, floor pool, engine 1, engine pool): " + "; ".join(f"{r[0]:.2f} {r[1]:.2f} {r[2][1]:.2f} {r[3][1]:.2f}" for r in rounds))
    print(f"  warm / pytest start-up:             {warm[0] / start[0]:.2f}  [<= 1.3]  (CPU {warm[3] / start[3]:.2f})")
    print(f"  one changed - warm:                 {figures['one file changed'][0] - warm[0]:.2f} s  (CPU {figures['one file changed'][3] - warm[3]:.2f} s)")
    print(f"  load average now: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores: under load wall figures stretch, CPU figures hold)")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description="pytest-mllens speed on real packages")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--mirrors", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "mllens-realpackages")
    args = parser.parse_args()
    packages = tomllib.loads((HERE / "realpackages.toml").read_text(encoding="utf-8"))["package"]
    print(AUTOLOAD_NOTE)
    for package in packages:
        if args.only and package["name"] not in args.only:
            continue
        measure_package(package, unpack(package, args.cache, args.mirrors), args.repeat, args.jobs)
    print(f"\nmachine: {os.cpu_count()} cores; python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
