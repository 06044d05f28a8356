"""The lens's pillars and lifecycle phases of each check, from the practice IDs it cites.

A practice ID names its pillar (``MLREL01-BP02``: reliability); its lifecycle phase comes from
the shipped catalogue. The terminal summary and the HTML scorecard group checks by them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from ..check import Check

__all__ = ["PHASES", "PILLARS", "PillarCount", "cells_of", "phases_of", "pillar_counts", "pillar_lines", "pillars_of"]

PILLARS = (
    ("MLOPS", "operational excellence"),
    ("MLSEC", "security"),
    ("MLREL", "reliability"),
    ("MLPERF", "performance efficiency"),
    ("MLCOST", "cost optimisation"),
    ("MLSUS", "sustainability"),
)
PHASES = (
    ("business_goal_identification", "business goal"),
    ("ml_problem_framing", "problem framing"),
    ("data_processing", "data processing"),
    ("model_development", "model development"),
    ("deployment", "deployment"),
    ("monitoring", "monitoring"),
)


def pillar_of(practice: str) -> str:
    """``MLREL01-BP02`` -> ``reliability`` (``""`` for an ID of no known pillar)."""
    prefix = practice.split("-")[0].rstrip("0123456789")
    return dict(PILLARS).get(prefix, "")


def pillars_of(check: type[Check]) -> list[str]:
    """The pillars a check's practices belong to, in the lens's order."""
    mine = {pillar_of(p) for p in check.practices}
    return [name for _, name in PILLARS if name in mine]


@lru_cache(maxsize=1)
def _phase_by_practice() -> Mapping[str, str]:
    text = (resources.files("pytest_mllens") / "data" / "lens_catalog.toml").read_text(encoding="utf-8")
    return {p["id"]: p.get("phase", "") for p in tomllib.loads(text)["practice"]}


def phases_of(check: type[Check]) -> list[str]:
    """The lifecycle phases (catalogue keys) of a check's practices, in lifecycle order."""
    mine = {_phase_by_practice().get(p, "") for p in check.practices}
    return [key for key, _ in PHASES if key in mine]


@dataclass
class PillarCount:
    pillar: str
    passed: int = 0
    failed: int = 0
    findings: int = 0

    @property
    def checks(self) -> int:
        return self.passed + self.failed


def pillar_counts(results: Iterable[tuple[type[Check], bool, int]]) -> list[PillarCount]:
    """Per pillar (all six, in order): checks passed and failed and open findings, from
    (check, failed, findings) triples. A check citing two pillars counts in both."""
    counts = {name: PillarCount(name) for _, name in PILLARS}
    for check, failed, findings in results:
        for pillar in pillars_of(check):
            count = counts[pillar]
            if failed:
                count.failed += 1
            else:
                count.passed += 1
            count.findings += findings
    return list(counts.values())


def pillar_lines(counts: list[PillarCount], verbose: bool = False) -> list[str]:
    """The terminal summary's block: one line per pillar, aligned.

    Printed only where it tells something: when a check failed (which pillars the failures
    weigh on), or under ``-v`` (the posture of a clean run too). Pillars no check covers are
    listed under ``-v`` only, as ``no check``. Nothing at all when no check ran (a collection
    error, ``--collect-only``, every lens item deselected)."""
    if not any(count.checks for count in counts) or not (verbose or any(count.failed for count in counts)):
        return []
    lines = []
    for count in counts:
        if not count.checks:
            if verbose:
                lines.append(f"mllens pillar: {count.pillar:<24} no check")
            continue
        plural = "" if count.findings == 1 else "s"
        lines.append(f"mllens pillar: {count.pillar:<24} {count.passed} passed, {count.failed} failed, {count.findings} finding{plural}")
    return lines


def cells_of(check: type[Check]) -> set[tuple[str, str]]:
    """The (pillar, lifecycle phase) pairs of a check's practices: its cells in the scorecard."""
    phase = _phase_by_practice()
    return {(pillar_of(p), phase.get(p, "")) for p in check.practices if pillar_of(p) and phase.get(p)}
