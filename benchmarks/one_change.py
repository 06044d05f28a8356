"""The cost of a run with one file changed, in CPU seconds as well as wall seconds.

``bench.py`` and ``realpackages.py`` report wall time, which on a shared machine swings with
the load far more than the thing measured (a 2-core box running other test suites gives
several times the quiet figure). A process's own CPU time (user + system, read from
``getrusage`` of the child) hardly moves with the load, so this script prints both, as medians
of ``--repeat`` runs each, for:

- a warm run (nothing changed);
- one file changed by appending a comment: its facts stay the same, so the stored results
  answer the run once that file is parsed (the engine's early cut-off);
- one file changed by appending a constant (what ``bench.py`` does);
- one file changed by adding a function that calls an imported API (the facts change: new
  calls, a new function, shifted nothing else);
- one file added (a new module beside the edited one, importing it): the project's *shape*
  changes (the module names imports resolve against), so every file's import edges are
  resolved again, while the other per-file summaries still come from the cache.

The "one changed - warm" differences are the figure of the issue (target: 0.3 s at 2,000
files).

    python benchmarks/one_change.py [--files 2000] [--repeat 5] [--keep DIR] [--tree DIR]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import AUTOLOAD_NOTE, bench_env, mllens  # noqa: E402
from synthetic import build  # noqa: E402

CPU = (
    "import resource, subprocess, sys; out = subprocess.run(sys.argv[1:], capture_output=True, text=True).stdout; "
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN); print(out); print('CPU', usage.ru_utime + usage.ru_stime)"
)


def run(command: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds of the process, engine wall seconds (--mllens-timings)."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", CPU, *command], cwd=cwd, capture_output=True, text=True, check=False, env=bench_env())
    wall = time.perf_counter() - started
    cpu = float(re.findall(r"^CPU ([\d.]+)$", result.stdout, re.M)[-1])
    match = re.search(r"mllens timing: total\s+([\d.]+) ms", result.stdout)
    return wall, cpu, float(match.group(1)) / 1000 if match else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the synthetic repository here and keep it")
    parser.add_argument("--tree", type=Path, help="measure this tree instead, built first (--files) when absent; its first .py file over 2 kB is edited, then restored")
    args = parser.parse_args()
    if args.tree:
        root = args.tree
        if not any(root.rglob("*.py")):  # absent or empty: built once, kept for the next run
            build(root, args.files)
        changed = next(p for p in sorted(root.rglob("*.py")) if p.stat().st_size > 2000 and ".bench_cache" not in p.parts)
    else:
        root = args.keep or Path(tempfile.mkdtemp(prefix="mllens-one-"))
        paths = build(root, args.files)
        changed = next(p for p in paths if p.suffix == ".py" and "training" in p.parts)
    command = mllens(1, "--mllens-timings")
    original = changed.read_text(encoding="utf-8")
    counter = iter(range(10**6))
    edits = {
        "append a comment (no fact changes)": lambda n: original + f"\n# reviewed {n}\n",
        "append a constant": lambda n: original + f"\nVERSION_{n} = 1\n",
        "add a function with a call": lambda n: original + f"\n\ndef helper_{n}(values):\n    import json\n\n    return json.dumps(values, indent={n % 7})\n",
    }
    figures: dict[str, tuple[float, float, float]] = {}
    try:
        subprocess.run(command, cwd=root, capture_output=True, check=False, env=bench_env())
        subprocess.run(command, cwd=root, capture_output=True, check=False, env=bench_env())
        samples = [run(command, root) for _ in range(args.repeat)]
        figures["warm, nothing changed"] = tuple(statistics.median(s[i] for s in samples) for i in range(3))  # type: ignore[assignment]
        for label, edit in edits.items():
            samples = []
            for _ in range(args.repeat):
                subprocess.run(command, cwd=root, capture_output=True, check=False, env=bench_env())  # warm again
                changed.write_text(edit(next(counter)), encoding="utf-8")
                samples.append(run(command, root))
            figures[f"one file changed: {label}"] = tuple(statistics.median(s[i] for s in samples) for i in range(3))  # type: ignore[assignment]
        changed.write_text(original, encoding="utf-8")
        samples = []
        module = changed.stem
        for n in range(args.repeat):
            subprocess.run(command, cwd=root, capture_output=True, check=False, env=bench_env())  # warm again
            added = changed.with_name(f"bench_added_{n}.py")
            added.write_text(f"from . import {module}\n\n\ndef report_{n}(rows):\n    return {module}.__name__, len(rows)\n", encoding="utf-8")
            try:
                samples.append(run(command, root))
            finally:
                added.unlink()
        figures["one file added (the shape changes)"] = tuple(statistics.median(s[i] for s in samples) for i in range(3))  # type: ignore[assignment]
    finally:
        changed.write_text(original, encoding="utf-8")
        if not args.keep and not args.tree:
            shutil.rmtree(root, ignore_errors=True)
    print(f"tree: {root} (edited: {changed.relative_to(root)}), medians of {args.repeat}")
    print(AUTOLOAD_NOTE)
    print(f"{'run':<48}{'wall s':>9}{'CPU s':>9}{'engine s':>10}")
    for label, (wall, cpu, engine) in figures.items():
        print(f"{label:<48}{wall:>9.2f}{cpu:>9.2f}{engine:>10.2f}")
    warm = figures["warm, nothing changed"]
    for label, (wall, cpu, engine) in figures.items():
        if label.startswith("one"):
            print(f"  {label} - warm: wall {wall - warm[0]:.2f} s, CPU {cpu - warm[1]:.2f} s  [<= 0.3 s at 2,000 files]")


if __name__ == "__main__":
    main()
