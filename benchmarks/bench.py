"""Speed figures: bare libcst parse (the floor) against a cold mllens analysis.

Builds a synthetic ML monorepo by replicating the sample-project corpus into N packages
(default 2,000 files), then prints medians over repeated runs. Usage:

    python benchmarks/bench.py [--files 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import libcst

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def build(target: Path, files: int) -> list[Path]:
    sources = sorted(p for p in CORPUS.rglob("*.py"))
    written: list[Path] = []
    copy = 0
    while len(written) < files:
        for source in sources:
            if len(written) >= files:
                break
            relative = source.relative_to(CORPUS)
            destination = target / f"pkg{copy:03d}" / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            written.append(destination)
        copy += 1
    return written


def median_time(function, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = build(root, args.files)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        size = sum(len(t.encode()) for t in texts)
        registry = load_registry()
        settings = parse_settings({"exclude": []}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
        floor = median_time(lambda: [libcst.parse_module(t) for t in texts], args.repeat)
        cold = median_time(lambda: analyse(root, settings, registry), args.repeat)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"files: {len(paths)}  size: {size / 1e6:.1f} MB")
        print(f"bare libcst.parse_module (floor): {floor:.2f} s")
        print(f"mllens cold run, 1 process:        {cold:.2f} s  ({cold / floor:.2f} x floor)")
        print(f"peak RSS: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
