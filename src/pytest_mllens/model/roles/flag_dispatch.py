"""Prediction CLIs that pick their mode with argparse flags rather than subcommands.

``python main.py --train`` / ``python main.py --predict amt=50 city=Paris``: one script, two
modes, chosen by ``if args.train: ... elif args.predict: ...``. Subcommand multiplexers
(``add_parser("predict")``, ``@app.command()``) are found by :func:`.entrypoints._cli_commands`
from the command names alone; a flag is weaker evidence (``--predict`` may also be a switch
of a training script), so here the flag must be named exactly like a mode (``[names]
serving-flags``) AND the branch it guards must reach a prediction, directly or through a
helper function of the same file (one hop): it predicts with a model it loads, calls
``predict()`` on an object of a project class, or hands the input to a project function
named like prediction (the finders of :mod:`.prediction_scripts`, run on the branch alone).

Whatever the script imports at module level ships with the predict mode (``eager_only``):
a training import there is ML001's finding. A script whose own calls fit or compute metrics
is left out: there ``--predict`` is as often "also predict the test set after training"
(a training or evaluation run) as a mode of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...facts.configs.deploy_config import knowledge
from ...facts.records import CallFact, FileFacts, GuardFact
from ..knowledge import imported_roots
from .entry_common import Hosting
from .prediction_scripts import reaches_prediction

if TYPE_CHECKING:
    from ..project import Project

__all__ = ["flag_dispatch"]


def flag_dispatch(project: Project, facts: FileFacts) -> Hosting | None:
    """The hosting reason of an argparse script whose prediction mode is a flag, or None."""
    if "argparse" not in imported_roots(facts) or project.role_by_knowledge(facts, ("training", "evaluation")):
        return None
    modes = frozenset(knowledge()["names"].get("serving-flags", ()))
    for flag in _flags(facts):
        dest = flag.positional[0].lstrip("-").replace("-", "_")  # type: ignore[union-attr]
        if dest not in modes:
            continue
        for index, guard in enumerate(facts.guards):
            if not _tests_flag(guard, dest):
                continue
            found = reaches_prediction(project, _branch_view(facts, index))
            if found is not None:
                what, _ = found
                return Hosting(
                    f"command-line tool whose `--{dest}` flag (line {flag.line}) picks prediction: the branch at line {guard.line} {what}; "
                    "whatever it imports at module level ships with that mode",
                    flag.line,
                    eager_only=True,
                )
    return None


def _flags(facts: FileFacts) -> list[CallFact]:
    """``parser.add_argument("--predict", ...)``: the long options the script declares."""
    return [
        c
        for c in facts.calls
        if c.resolved and c.name.endswith(".add_argument") and c.positional and isinstance(c.positional[0], str) and c.positional[0].startswith("--")
    ]


def _tests_flag(guard: GuardFact, dest: str) -> bool:
    """``if args.predict:`` / ``elif args.predict is not None:``: the branch runs in that mode."""
    return guard.kind == "if" and dest in guard.names and re.search(rf"(^|\.)\b{re.escape(dest)}\b", guard.text) is not None


def _branch_view(facts: FileFacts, index: int) -> FileFacts:
    """The file seen through one branch: the calls the guard holds, and the calls inside the
    helper functions of the same file that those calls run (one hop)."""
    branch = [c for c in facts.calls if index in c.guards]
    prefix = f"{facts.module}."
    helpers = {c.name[len(prefix):] for c in branch if c.resolved and c.name.startswith(prefix) and "." not in c.name[len(prefix):]}
    helpers &= {f.qualname for f in facts.functions}
    inside = [c for c in facts.calls if c.scope in helpers]
    return replace(facts, calls=tuple(branch + inside))
