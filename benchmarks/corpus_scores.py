"""Score the engine against the hand-labelled corpus in tests/corpus.

Each ``tests/corpus/<project>/expected.toml`` lists the findings a careful reviewer
wants (check, path, line, and ``cell`` for notebooks). This script runs the engine on
every project, matches findings on (check, path, cell, line) as a multiset and prints
per-check true positives, false positives, false negatives, precision and recall, then
every false positive and false negative.

    python benchmarks/corpus_scores.py [corpus_dir]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from pytest_mllens.config import load_table, parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
IGNORED = {"unused-suppression"}

Key = tuple[str, str, int, int]  # check, path, cell, line


def projects(corpus_dir: Path = CORPUS) -> list[Path]:
    """Every corpus project directory (one with an expected.toml), sorted by name."""
    return sorted(p.parent for p in Path(corpus_dir).glob("*/expected.toml"))


def expected_findings(project: Path) -> Counter[Key]:
    """The ground-truth findings of one project."""
    data = tomllib.loads((project / "expected.toml").read_text(encoding="utf-8"))
    return Counter((f["check"], f["path"], int(f.get("cell", 0)), int(f["line"])) for f in data.get("finding", []))


def run_project(project: Path, registry: Any = None) -> tuple[Counter[Key], list[tuple[str, str]]]:
    """The engine's findings for one project, and its parse errors and crashed checks."""
    registry = registry or load_registry()
    settings = parse_settings(load_table(project), {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    analysis = analyse(project, settings, registry)
    found = Counter((f.check, f.path, f.cell, f.line) for f in analysis.findings if f.check not in IGNORED)
    crashed = [(f"mllens::{name}", result.error) for name, result in sorted(analysis.results.items()) if result.error]
    return found, [*analysis.errors, *crashed]


def score(corpus_dir: Path = CORPUS) -> dict[str, Any]:
    """Run every project and return per-check counts, precision/recall and the FP/FN lists.

    Returns ``{"checks": {name: {"tp", "fp", "fn", "precision", "recall"}},
    "false_positives": [(project, check, location)], "false_negatives": [...],
    "errors": {project: [(path, message)]}}``.
    """
    registry = load_registry()
    counts: dict[str, dict[str, int]] = {name: {"tp": 0, "fp": 0, "fn": 0} for name in registry.checks if name not in IGNORED}
    fps: list[tuple[str, str, str]] = []
    fns: list[tuple[str, str, str]] = []
    errors: dict[str, list[tuple[str, str]]] = {}
    for project in projects(corpus_dir):
        expected = expected_findings(project)
        found, problems = run_project(project, registry)
        if problems:
            errors[project.name] = problems
        for key in expected | found:
            check = key[0]
            bucket = counts.setdefault(check, {"tp": 0, "fp": 0, "fn": 0})
            tp = min(expected[key], found[key])
            bucket["tp"] += tp
            bucket["fp"] += found[key] - tp
            bucket["fn"] += expected[key] - tp
            fps.extend([(project.name, check, _where(key))] * (found[key] - tp))
            fns.extend([(project.name, check, _where(key))] * (expected[key] - tp))
    checks = {}
    for name, c in sorted(counts.items()):
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        checks[name] = {**c, "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}
    return {"checks": checks, "false_positives": sorted(fps), "false_negatives": sorted(fns), "errors": errors}


def _where(key: Key) -> str:
    _, path, cell, line = key
    return f"{path}:cell {cell}:{line}" if cell else f"{path}:{line}"


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else CORPUS
    result = score(corpus)
    print(f"corpus: {corpus} ({len(projects(corpus))} projects)\n")
    print(f"{'check':<28}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}")
    for name, c in result["checks"].items():
        print(f"{name:<28}{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}{c['precision']:>11.2f}{c['recall']:>8.2f}")
    for title, rows in (("false positives", result["false_positives"]), ("false negatives", result["false_negatives"])):
        print(f"\n{title} ({len(rows)}):")
        for project, check, where in rows:
            print(f"  {check:<26} {project}/{where}")
    if result["errors"]:
        print("\nparse errors:")
        for project, problems in result["errors"].items():
            for path, message in problems:
                print(f"  {project}/{path}: {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
