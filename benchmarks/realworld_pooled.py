"""Pool the first scores of every blind set: the fairest forecast of what a new user sees.

Each held-back set was scored once before anyone studied it
(``benchmarks/realworld/scores/<split>-before.json``, figures only). A set studied afterwards
scores higher on itself, so its later figures say little about unseen code; its *first* score
does. Summing true positives, false positives and misses over those first scores gives one
figure per check over every repository that was ever fresh, each measured by the engine of
its day (the engine commit is printed beside the set).

    python benchmarks/realworld_pooled.py            # every <split>-before.json
    python benchmarks/realworld_pooled.py heldout5 heldout6
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SCORES = Path(__file__).resolve().parent / "realworld" / "scores"
CHECKS = ("ML001", "ML002", "ML003", "all")


def ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "  - "


def pool(splits: list[str]) -> dict[str, dict[str, int]]:
    """Summed tp/fp/fn per check over the first scores of ``splits``."""
    totals = {check: {"tp": 0, "fp": 0, "fn": 0} for check in CHECKS}
    for split in splits:
        figures = json.loads((SCORES / f"{split}-before.json").read_text(encoding="utf-8"))["figures"]
        for check in CHECKS:
            for key in ("tp", "fp", "fn"):
                totals[check][key] += int(figures.get(check, {}).get(key, 0))
    return totals


def main(argv: list[str]) -> int:
    available = sorted(path.name.removesuffix("-before.json") for path in SCORES.glob("*-before.json"))
    splits = argv or available
    unknown = sorted(set(splits) - set(available))
    if unknown:
        print(f"no first score for {', '.join(unknown)}; have: {', '.join(available)}", file=sys.stderr)
        return 2
    repositories = 0
    for split in splits:
        data = json.loads((SCORES / f"{split}-before.json").read_text(encoding="utf-8"))
        repositories += len(data["repositories"])
        print(f"{split}: {len(data['repositories'])} repositories, engine {data.get('engine_commit', '?')}")
    print(f"\nfirst scores pooled over {len(splits)} sets, {repositories} repositories")
    print("check    TP   FP   FN  precision  recall")
    for check, counts in pool(splits).items():
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        print(f"{check:<6} {tp:4d} {fp:4d} {fn:4d}  {ratio(tp, tp + fp):>9}  {ratio(tp, tp + fn):>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
