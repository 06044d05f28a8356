"""Where a run with one file changed spends its CPU, phase by phase, for one or more checkouts side by side.

``--mllens-timings`` prints wall milliseconds per phase, which on a shared machine move with the
load; here each phase is timed in CPU seconds of the run's own process (``time.process_time``),
and the checkouts are measured in interleaved rounds (A, B, A, B, ...), so a change of load hits
both alike. Each checkout is given as ``PYTHON:TREE``: the interpreter of its virtual
environment and its own copy of the tree (the runs cache into ``TREE/.bench_cache``). Each
round warms the cache, measures a warm run, applies the edit to the tree's first ``.py`` file
over 2 kB (or adds a module beside it), measures one run and restores the tree. Medians of
``--repeat`` rounds.

    python benchmarks/phase_cpu.py --edit function --repeat 5 \\
        /tmp/base/.venv/bin/python:/tmp/tree_base .venv/bin/python:/tmp/tree_new

Besides the phases, each round gives the CPU of the whole process (interpreter start-up and exit
included) of the warm run before the edit and of the run after it, and their difference: the
figure of the issue ("warm + at most 0.3 s"), measured interleaved.

Edits: ``none`` (a warm run), ``comment`` (no fact changes), ``constant`` (a constant appended),
``function`` (a function with a call appended: facts change), ``added`` (a module added: the
project's shape changes).
"""

from __future__ import annotations

import argparse
import ast
import os
import statistics
import subprocess
import sys
from pathlib import Path

# Run inside the measured interpreter: the engine's and the project model's clocks read CPU time.
PROBE = """
import contextlib, io, re, sys, time, types
import pytest_mllens.engine as engine
import pytest_mllens.model.project as project
clock = types.SimpleNamespace(perf_counter=time.process_time, time_ns=time.time_ns, time=time.time)
engine.time = clock
project.time = clock
import pytest
out = io.StringIO()
with contextlib.redirect_stdout(out):
    pytest.main(["-q", "-p", "pytest_mllens.plugin", "--mllens-only", "--mllens-jobs=1", "-o", "cache_dir=.bench_cache", "--mllens-timings"])
found = {m.group(1).strip(): float(m.group(2)) / 1000 for m in re.finditer(r"mllens timing: (.+?)\\s+([\\d.]+) ms", out.getvalue())}
found["process (pytest included)"] = time.process_time()
print(repr(found))
"""


# The CPU of the whole process, interpreter start-up and exit included (freeing what the run kept
# alive), read by a parent from getrusage of its child.
WHOLE = (
    "import resource, subprocess, sys; out = subprocess.run(sys.argv[1:], capture_output=True, text=True).stdout; "
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN); print(out.strip().splitlines()[-1] if out.strip() else '{}'); print(usage.ru_utime + usage.ru_stime)"
)


def measure(python: str, tree: Path) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    result = subprocess.run([sys.executable, "-c", WHOLE, python, "-c", PROBE], cwd=tree, env=env, capture_output=True, text=True, check=False)
    phases, whole = result.stdout.strip().splitlines()[-2:]
    found: dict[str, float] = ast.literal_eval(phases)
    found["whole process (start and exit included)"] = float(whole)
    return found


def one_round(python: str, tree: Path, edit: str, number: int) -> dict[str, float]:
    changed = next(p for p in sorted(tree.rglob("*.py")) if p.stat().st_size > 2000 and ".bench_cache" not in p.parts)
    original = changed.read_text(encoding="utf-8")
    added = changed.with_name(f"bench_phase_added_{number}.py")
    measure(python, tree)  # warms the cache (the tree was restored after the previous round's edit)
    warm = measure(python, tree)  # a warm run: nothing changed since the last
    try:
        if edit == "comment":
            changed.write_text(original + f"\n# reviewed {number}\n", encoding="utf-8")
        elif edit == "constant":
            changed.write_text(original + f"\nVERSION_{number} = 1\n", encoding="utf-8")
        elif edit == "function":
            changed.write_text(original + f"\n\ndef helper_{number}(values):\n    import json\n\n    return json.dumps(values, indent={number % 7})\n", encoding="utf-8")
        elif edit == "added":
            added.write_text(f"from . import {changed.stem}\n\n\ndef report_{number}(rows):\n    return {changed.stem}.__name__, len(rows)\n", encoding="utf-8")
        found = measure(python, tree)
        found["warm: whole process"] = warm["whole process (start and exit included)"]
        found["over warm: whole process"] = found["whole process (start and exit included)"] - found["warm: whole process"]
        return found
    finally:
        changed.write_text(original, encoding="utf-8")
        added.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="+", help="PYTHON:TREE, one per checkout")
    parser.add_argument("--edit", choices=("none", "comment", "constant", "function", "added"), default="function")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    checkouts = [(python, Path(tree)) for python, _, tree in (c.partition(":") for c in args.checkouts)]
    samples: list[list[dict[str, float]]] = [[] for _ in checkouts]
    for number in range(args.repeat):
        for i, (python, tree) in enumerate(checkouts):
            samples[i].append(one_round(python, tree, args.edit, number))
    phases = list(dict.fromkeys(phase for runs in samples for run in runs for phase in run if not phase[:1].isdigit()))
    print(f"edit: {args.edit}; CPU seconds, medians of {args.repeat} interleaved rounds")
    print(f"{'phase':<40}" + "".join(f"{'#' + str(i + 1):>10}" for i in range(len(checkouts))))
    for phase in phases:
        print(f"{phase:<40}" + "".join(f"{statistics.median(run.get(phase, 0.0) for run in runs):>10.3f}" for runs in samples))
    for i, (python, tree) in enumerate(checkouts):
        print(f"#{i + 1}: {python} on {tree}")


if __name__ == "__main__":
    sys.exit(main())
