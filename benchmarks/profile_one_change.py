"""cProfile of a run with one file changed: where the engine spends it, function by function.

``phase_cpu.py`` splits a run by the engine's phases; this script answers the question below
that: which functions. It warms the cache of ``TREE`` with a plain run, applies the edit to the
tree's first ``.py`` file over 2 kB (or adds a module beside it, as ``one_change.py`` does),
runs pytest once more under cProfile in this interpreter, restores the tree and prints the
top entries by internal time and by cumulative time (profiler seconds run about twice the plain
ones: compare rows and call counts, not absolute values).

    python benchmarks/profile_one_change.py --tree /tmp/b2k --edit function [--top 10] [--out FILE]
"""

from __future__ import annotations

import argparse
import cProfile
import contextlib
import io
import os
import pstats
import subprocess
import sys
from pathlib import Path

ARGS = ["-q", "-p", "pytest_mllens.plugin", "--mllens-only", "--mllens-jobs=1", "-o", "cache_dir=.bench_cache"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, required=True)
    parser.add_argument("--edit", choices=("comment", "function", "constant", "added"), default="function")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--out", type=Path, help="also write the raw profile here (pstats)")
    parser.add_argument("--number", type=int, default=0, help="varies the edit, so repeated runs change the facts again")
    args = parser.parse_args()
    tree = args.tree
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    # bytecode cached as an installed package has it (as bench.bench_env does): with
    # PYTHONDONTWRITEBYTECODE set, a source checkout compiles every module of the plugin anew
    # in the profiled run, about 0.9 profiled seconds of `compile` no installed plugin pays
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    changed = next(p for p in sorted(tree.rglob("*.py")) if p.stat().st_size > 2000 and ".bench_cache" not in p.parts)
    original = changed.read_text(encoding="utf-8")
    added = changed.with_name(f"bench_profile_added_{args.number}.py")
    subprocess.run([sys.executable, "-m", "pytest", *ARGS], cwd=tree, capture_output=True, check=False)  # warm
    n = args.number
    edits = {
        "comment": original + f"\n# reviewed {n}\n",
        "constant": original + f"\nVERSION_{n} = 1\n",
        "function": original + f"\n\ndef helper_{n}(values):\n    import json\n\n    return json.dumps(values, indent={n % 7})\n",
    }
    profile = cProfile.Profile()
    os.chdir(tree)
    try:
        if args.edit == "added":
            added.write_text(f"from . import {changed.stem}\n\n\ndef report_{n}(rows):\n    return {changed.stem}.__name__, len(rows)\n", encoding="utf-8")
        else:
            changed.write_text(edits[args.edit], encoding="utf-8")
        import pytest

        with contextlib.redirect_stdout(io.StringIO()):
            profile.enable()
            pytest.main(ARGS)
            profile.disable()
    finally:
        changed.write_text(original, encoding="utf-8")
        added.unlink(missing_ok=True)
    if args.out:
        profile.dump_stats(args.out)
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(args.top)
        text = out.getvalue()
        print(f"== top {args.top} by {order} ==")
        print(text[text.find("   ncalls"):].rstrip())


if __name__ == "__main__":
    main()
