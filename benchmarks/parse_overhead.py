"""What extraction costs above the bare libcst parse, in CPU seconds (robust on a shared machine).

Wall-clock ratios swing by tens of percent when other jobs share the machine; the CPU time
of a process swings far less. For one folder this runs, in alternating fresh processes
(``--rounds`` times each, cyclic GC paused as in a run):

- ``bare``: ``libcst.parse_module`` over every module (the floor of realpackages.py);
- ``extract``: ``extract_source`` over the same modules (decode, the generated-code test,
  ``ast.parse``, the libcst parse, the walk, suppressions): the parsing stage of a cold run
  in one process, without the project stage and the checks;

and prints the median of the rounds' ratios, then where the extract time goes (``--split``).
``--src DIR`` measures another checkout's ``src`` beside this one (before/after).

    python benchmarks/parse_overhead.py ~/.cache/mllens-realpackages/<package>/src [--rounds 3] [--split] [--src OTHER/src]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_RUN = r'''
import gc, sys, time
from pathlib import Path
root, mode = Path(sys.argv[1]), sys.argv[2]
if mode != "bare":
    sys.path.insert(0, mode)
sys.path.insert(0, sys.argv[3])
import libcst
from pytest_mllens.facts.discovery import SourceFile
from pytest_mllens.facts.parsing import extract_source
from realpackages import sources_of
texts = sources_of(sorted(p for p in root.rglob("*.py") if p.is_file()))
gc.disable()
started = time.process_time()
if mode == "bare":
    for text in texts:
        libcst.parse_module(text)
else:
    for n, text in enumerate(texts):
        extract_source(SourceFile(f"m{n}.py", "py", f"m{n}", False, len(text)), text.encode())
print(time.process_time() - started)
'''

_SPLIT = r'''
import ast, gc, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from pytest_mllens.facts.extraction import extract
from pytest_mllens.facts.parsing import METRIC_WORDS
from realpackages import sources_of
texts = sources_of(sorted(p for p in Path(sys.argv[1]).rglob("*.py") if p.is_file()))
parse = getattr(extract, "_parse_checked", None) or extract.cst.parse_module
gc.disable()
spent = dict.fromkeys(("ast.parse", "libcst parse", "walk", "freeing trees"), 0.0)
clock = time.process_time
for text in texts:
    t = clock(); tree = ast.parse(text); spent["ast.parse"] += clock() - t
    t = clock(); module = parse(text); spent["libcst parse"] += clock() - t
    t = clock(); walker = extract._Extractor(text, "m", False, METRIC_WORDS, tree); walker.run(module); spent["walk"] += clock() - t
    t = clock(); del tree, module, walker; spent["freeing trees"] += clock() - t
print("  ".join(f"{k} {v:.2f} s" for k, v in spent.items()))
'''


def cpu_seconds(root: Path, mode: str) -> float:
    out = subprocess.run([sys.executable, "-c", _RUN, str(root), mode, str(HERE)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--split", action="store_true")
    parser.add_argument("--src", type=Path, action="append", default=[], help="another checkout's src folder to measure beside this one")
    args = parser.parse_args()
    here = str(HERE.parent / "src")
    variants = [here, *(str(p.resolve()) for p in args.src)]
    samples: dict[str, list[float]] = {mode: [] for mode in ("bare", *variants)}
    for _ in range(args.rounds):
        for mode in samples:
            samples[mode].append(cpu_seconds(args.root, mode))
        print("  ".join(f"{'bare' if m == 'bare' else Path(m).parent.name}: {s[-1]:.2f} s" for m, s in samples.items()), flush=True)
    for mode in variants:
        ratio = statistics.median(x / y for x, y in zip(samples[mode], samples["bare"]))
        print(f"{Path(mode).parent.name}: extract / bare parse, CPU, median of rounds: {ratio:.3f}")
    if args.split:
        for mode in variants:
            out = subprocess.run([sys.executable, "-c", _SPLIT, str(args.root), mode], capture_output=True, text=True, check=True, cwd=HERE)
            print(f"{Path(mode).parent.name}: {out.stdout.strip()}")


if __name__ == "__main__":
    main()
