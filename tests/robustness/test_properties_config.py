"""Property: any [tool.mllens] table, with known and unknown keys and any TOML values,
either validates (and the run then succeeds) or raises ConfigError listing one-line errors."""

from __future__ import annotations

import datetime
import json
import math
from pathlib import Path
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st
from mllens_robust_support import assert_invariants, project, registry, run

from pytest_mllens.config import ConfigError, load_table, parse_settings

REG = registry()
CHECK_REFS = sorted(REG.aliases)
OPTION_NAMES = sorted({name for check in REG.checks.values() for name in check.options})
TOP_KEYS = ["select", "ignore", "exclude", "extend-exclude", "src", "notebooks", "max-file-size", "roles", "not-roles", "knowledge", "per-file-ignores", "checks", "jobs", "cache"]
SUB_KEYS = ["hosting", "training", "evaluation", "pipeline", "monitoring", "deploy", "gate", "*.py", "src/*"]

SCALARS = (
    st.text(max_size=12)
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats()
    | st.booleans()
    | st.dates()
    | st.datetimes()
    | st.times()
    | st.sampled_from(CHECK_REFS + OPTION_NAMES + SUB_KEYS)
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(SUB_KEYS + CHECK_REFS + OPTION_NAMES) | st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)
TABLES = st.dictionaries(st.sampled_from(TOP_KEYS) | st.text(max_size=10), VALUES, max_size=6)
TEXTS = st.lists(st.text(max_size=10) | st.sampled_from(["*", "serve/*", "src", ".", "..", "/", "**", "[", "pkg.*"]), max_size=3)
REFS = st.lists(st.sampled_from(CHECK_REFS), max_size=3)
OPTION_VALUES = {"list[str]": TEXTS, "bool": st.booleans(), "int": st.integers(0, 10), "str": st.text(max_size=8)}
WELL_TYPED = st.fixed_dictionaries(
    {},
    optional={
        "select": REFS,
        "ignore": REFS,
        "exclude": TEXTS,
        "extend-exclude": TEXTS,
        "src": TEXTS,
        "notebooks": st.booleans(),
        "max-file-size": st.integers(1, 2**40),
        "roles": st.dictionaries(st.sampled_from(SUB_KEYS[:5]), TEXTS, max_size=2),
        "not-roles": st.dictionaries(st.sampled_from(SUB_KEYS[:5]), TEXTS, max_size=2),
        "knowledge": st.dictionaries(st.sampled_from(SUB_KEYS[:7]), TEXTS, max_size=3),
        "per-file-ignores": st.dictionaries(st.text(max_size=8), REFS, max_size=2),
        "checks": st.fixed_dictionaries(
            {},
            optional={
                name: st.fixed_dictionaries({}, optional={option: OPTION_VALUES[spec.kind] for option, spec in check.options.items()})
                for name, check in REG.checks.items()
            },
        ),
        "jobs": st.integers(0, 2),
        "cache": st.booleans(),
    },
)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, str)):
        return json.dumps(value) if isinstance(value, str) else str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def pyproject(table: dict[str, Any]) -> str:
    return "[tool.mllens]\n" + "".join(f"{json.dumps(k)} = {toml_value(v)}\n" for k, v in table.items())


def _validate(root: Path) -> Any:
    raw = load_table(root)
    return parse_settings(raw, {n: c.options for n, c in REG.checks.items()}, REG.aliases)


@given(TABLES | WELL_TYPED)
def test_any_table_validates_or_raises_config_error(table: dict[str, Any]) -> None:
    """A random [tool.mllens] table yields Settings the engine can run with, or a ConfigError
    whose every message is one printable line."""
    files = {"pyproject.toml": pyproject(table), "serve/app.py": "from fastapi import FastAPI\napp = FastAPI()\n", "nb.ipynb": '{"cells": []}'}
    with project(files) as root:
        try:
            _validate(root)
        except ConfigError as exc:
            assert exc.errors
            for message in exc.errors:
                assert message.isprintable(), message
            event("ConfigError")
            return
        event("valid settings: analysed")
        analysis = run(root, load_table(root))
        assert_invariants(analysis, {f.path for f in analysis.files})


@given(st.one_of(st.text(max_size=200), st.binary(max_size=200).map(lambda b: b.decode("latin-1")), st.builds(lambda k, v: f"[tool]\n{k} = {v}\n", st.sampled_from(["mllens", "x"]), st.sampled_from(["1", '"s"', "[1]", "{}", "{a = 1}"])), st.sampled_from(["tool = 1", 'tool = "x"', "tool = []", "[[tool]]\nmllens = 1", "[[tool.mllens]]\nselect = []"])))
def test_any_pyproject_text_loads_or_raises_config_error(text: str) -> None:
    """Any pyproject.toml text (invalid TOML, tool or tool.mllens not tables) gives a table or a ConfigError."""
    with project({"pyproject.toml": text}) as root:
        try:
            table = load_table(root)
        except ConfigError as exc:
            assert exc.errors
        else:
            assert isinstance(table, dict)
