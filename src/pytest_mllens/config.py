"""``[tool.mllens]``: read, validate strictly, freeze.

Every problem in the table is collected and reported at once, each as
``[tool.mllens] key: expected X (got V)`` with a did-you-mean for misspelt keys, because a
typo that silently disables a check is worse than no linter. Values are validated like keys:
check references, roles and option choices must be known, and every glob must be able to match
something (config_values.py), because a pattern that can never match is a silent pass too.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from .check import OptionSpec
from .config_values import EXCLUDE_GLOB, FILE_GLOB, QUALNAME_GLOB, ROLE_GLOB, SOURCE_ROOT, glob_problem, missing_source_root, suggest

__all__ = ["ROLES", "ConfigError", "Settings", "load_table", "parse_settings"]

ROLES = ("hosting", "training", "evaluation", "pipeline", "monitoring")
UNUSED_SUPPRESSION = {"ML000": "unused-suppression", "unused-suppression": "unused-suppression"}
"""The engine's own report on stale suppressions: named like a check wherever a check can be
(select, ignore, per-file-ignores, suppression comments)."""
KNOWLEDGE_KINDS = ("hosting", "training", "evaluation", "pipeline", "monitoring", "deploy", "gate")

DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".tox",
    ".nox",
    ".venv",
    "venv",
    ".env",
    "__pycache__",
    "build",
    "dist",
    "site-packages",
    "node_modules",
    ".ipynb_checkpoints",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "*.egg-info",
    # experiment trackers' local stores: MLflow keeps a copy of the project's code beside each
    # logged model (`log_model(code_paths=...)`) and W&B beside each run; committed to the
    # repository, every copy would be reported again as the project's own code
    "mlruns",
    "mlartifacts",
    "wandb",
    "tests",
    "test",
    "test_*.py",
    "*_test.py",
    "conftest.py",
)


class ConfigError(Exception):
    """``[tool.mllens]`` is invalid; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


@dataclass(frozen=True)
class Settings:
    """The validated configuration of one analysed project."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    src: tuple[str, ...] = ()
    notebooks: bool = True
    max_file_size: int = 2_000_000
    roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    not_roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    knowledge: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    check_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    jobs: int = 0
    cache: bool = True
    unanalysed: str = "fail"
    coverage: bool = False
    coverage_data: str = ""
    require_suppression_reason: bool = False
    unsuppressible: tuple[str, ...] = ()
    output: str = "full"
    github_annotations: bool = True


def load_table(root: Path) -> dict[str, Any]:
    """The raw ``[tool.mllens]`` table of ``root/pyproject.toml`` (empty when absent)."""
    path = root / "pyproject.toml"
    if not path.is_file():
        return {}
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
    tool = document.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError([f"[tool]: expected a table (got {_show(tool)})"])
    table = tool.get("mllens", {})
    if not isinstance(table, dict):
        raise ConfigError([f"[tool.mllens]: expected a table (got {_show(table)})"])
    return table


_TOP_KEYS = {
    "select": "list of check ids or names",
    "ignore": "list of check ids or names",
    "exclude": "list of glob patterns",
    "extend-exclude": "list of glob patterns",
    "src": "list of source-root directories",
    "notebooks": "boolean",
    "max-file-size": "positive integer (bytes)",
    "roles": "table of role -> list of path or module globs",
    "not-roles": "table of role -> list of path or module globs",
    "knowledge": "table of kind -> list of qualified-name patterns",
    "per-file-ignores": "table of path glob -> list of check ids or names",
    "checks": "table of check name -> options table",
    "jobs": "integer >= 0 (processes for parsing; 0 = automatic)",
    "cache": "boolean",
    "unanalysed": "'fail' or 'warn' (what files that could not be analysed do to the run)",
    "coverage": "boolean (judge the runtime checks against coverage data, as --mllens-coverage)",
    "coverage-data": "path of a coverage data file, relative to the project (as --mllens-coverage-data)",
    "require-suppression-reason": "boolean",
    "unsuppressible": "list of check ids or names",
    "output": "'full' or 'concise'",
    "github-annotations": "boolean",
}


def parse_settings(
    table: Mapping[str, Any],
    checks: Mapping[str, Mapping[str, OptionSpec]],
    aliases: Mapping[str, str],
    root: Path | None = None,
) -> Settings:
    """Validate ``table`` against the known keys, checks and their options.

    ``checks`` maps check name -> option specs; ``aliases`` maps every accepted check
    reference (id or name) to the check name. With ``root`` (the analysed project), ``src``
    entries must be existing directories under it.
    """
    aliases = {**aliases, **UNUSED_SUPPRESSION}
    errors: list[str] = []
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _TOP_KEYS:
            errors.append(_unknown("[tool.mllens]", key, _TOP_KEYS))
            continue
        expected = _TOP_KEYS[key]
        prefix = f"[tool.mllens] {key}"
        if key in ("select", "ignore", "unsuppressible"):
            refs = _string_list(prefix, value, expected, errors)
            if key == "select" and isinstance(value, list) and not value:
                errors.append(f"{prefix}: expected a non-empty {expected} (got {_show(value)}; leave select out to run every check)")
            values[key] = _check_refs(prefix, refs, aliases, errors)
        elif key in ("exclude", "extend-exclude"):
            values[key.replace("-", "_")] = _globs(prefix, _string_list(prefix, value, expected, errors), EXCLUDE_GLOB, errors)
        elif key == "src":
            values["src"] = _source_roots(prefix, _string_list(prefix, value, expected, errors), root, errors)
        elif key == "notebooks":
            if isinstance(value, bool):
                values["notebooks"] = value
            else:
                errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
        elif key == "jobs":
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                values["jobs"] = value
            else:
                errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
        elif key in ("cache", "require-suppression-reason", "github-annotations"):
            if isinstance(value, bool):
                values[key.replace("-", "_")] = value
            else:
                errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
        elif key in ("coverage", "coverage-data"):
            if isinstance(value, bool if key == "coverage" else str) and value != "":
                values[key.replace("-", "_")] = value
            else:
                errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
        elif key == "unanalysed":
            if value in ("fail", "warn"):
                values["unanalysed"] = value
            else:
                errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
        elif key == "output":
            if value in ("full", "concise"):
                values["output"] = value
            else:
                errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
        elif key == "max-file-size":
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                values["max_file_size"] = value
            else:
                errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
        elif key in ("roles", "not-roles"):
            lists = _keyed_lists(prefix, value, expected, ROLES, errors)
            values[key.replace("-", "_")] = {role: _globs(f"{prefix}.{role}", globs, ROLE_GLOB, errors) for role, globs in lists.items()}
        elif key == "knowledge":
            lists = _keyed_lists(prefix, value, expected, KNOWLEDGE_KINDS, errors)
            values["knowledge"] = {kind: _globs(f"{prefix}.{kind}", names, QUALNAME_GLOB, errors) for kind, names in lists.items()}
        elif key == "per-file-ignores":
            table_value = _keyed_lists(prefix, value, expected, None, errors)
            ignores: dict[str, tuple[str, ...]] = {}
            for glob, refs in table_value.items():
                label = f"{prefix}.{glob!r}"
                _globs(f"{prefix} key", (glob,), FILE_GLOB, errors)
                if isinstance(value.get(glob), list) and not refs:
                    errors.append(f"{label}: expected a non-empty list of check ids or names (got list [])")
                ignores[glob] = _check_refs(label, refs, aliases, errors)
            values["per_file_ignores"] = ignores
        elif key == "checks":
            values["check_options"] = _check_options(value, checks, aliases, errors)
    if errors:
        raise ConfigError(errors)
    return Settings(**values)


def _check_refs(prefix: str, refs: Sequence[str], aliases: Mapping[str, str], errors: list[str]) -> tuple[str, ...]:
    """Check ids or names, normalised to names; every unknown one is an error."""
    for ref in refs:
        if ref not in aliases:
            errors.append(_unknown(prefix, ref, aliases, what="check"))
    return tuple(aliases.get(ref, ref) for ref in refs)


def _globs(prefix: str, patterns: Sequence[str], kind: str, errors: list[str]) -> tuple[str, ...]:
    """``patterns`` unchanged; each one that can never match is an error naming the fix."""
    for pattern in patterns:
        expected, fix = glob_problem(pattern, kind)
        if expected:
            errors.append(f"{prefix}: expected {expected} (got {_show(pattern)})" + (f"; did you mean {fix!r}?" if fix else ""))
    return tuple(patterns)


def _source_roots(prefix: str, entries: Sequence[str], root: Path | None, errors: list[str]) -> tuple[str, ...]:
    """Source roots must be folders below the root; one that does not exist names no module."""
    for entry in entries:
        if entry.strip() in (".", "./"):
            continue
        expected, fix = glob_problem(entry, SOURCE_ROOT)
        if not expected and root is not None and root.is_dir():
            expected, fix = missing_source_root(root, entry)
        if expected:
            errors.append(f"{prefix}: expected {expected} (got {_show(entry)})" + (f"; did you mean {fix!r}?" if fix else ""))
    return tuple(entries)


def _check_options(value: Any, checks: Mapping[str, Mapping[str, OptionSpec]], aliases: Mapping[str, str], errors: list[str]) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        errors.append(f"[tool.mllens] checks: expected table of check name -> options table (got {_show(value)})")
        return {}
    result: dict[str, dict[str, Any]] = {}
    for ref, options in value.items():
        name = aliases.get(ref)
        if name is None:
            errors.append(_unknown("[tool.mllens] checks", ref, aliases, what="check"))
            continue
        if not isinstance(options, dict):
            errors.append(f"[tool.mllens] checks.{ref}: expected options table (got {_show(options)})")
            continue
        specs = checks.get(name, {})  # unused-suppression has no options
        parsed: dict[str, Any] = {}
        for option, option_value in options.items():
            spec = specs.get(option)
            if spec is None:
                if specs:
                    errors.append(_unknown(f"[tool.mllens] checks.{ref}", option, specs, what="option"))
                else:
                    errors.append(f"[tool.mllens] checks.{ref}.{option}: unknown option (this check has no options)")
                continue
            problem = spec.problem(option_value)
            if problem:
                errors.append(f"[tool.mllens] checks.{ref}.{option}: expected {problem} (got {_show(option_value)})")
                continue
            _option_values(f"[tool.mllens] checks.{ref}.{option}", spec, option_value, errors)
            parsed[option] = spec.convert(option_value)
        result[name] = parsed
    return result


def _option_values(prefix: str, spec: OptionSpec, value: Any, errors: list[str]) -> None:
    """The items of a string or list option: non-empty, one of ``spec.choices``, a glob that can match."""
    if spec.kind not in ("str", "list[str]"):
        return
    items = [value] if spec.kind == "str" else value
    for item in items:
        if spec.choices and item not in spec.choices:
            close = suggest(item, spec.choices)
            hint = f"; did you mean {close!r}?" if close else ""
            errors.append(f"{prefix}: expected one of {', '.join(spec.choices)} (got {_show(item)}){hint}")
        elif spec.pattern:
            _globs(prefix, (item,), spec.pattern, errors)
        elif spec.kind == "list[str]" and not item.strip():
            errors.append(f"{prefix}: expected non-empty strings (got {_show(item)})")


def _string_list(prefix: str, value: Any, expected: str, errors: list[str]) -> tuple[str, ...]:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
    return ()


def _keyed_lists(prefix: str, value: Any, expected: str, keys: Sequence[str] | None, errors: list[str]) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        errors.append(f"{prefix}: expected {expected} (got {_show(value)})")
        return {}
    result: dict[str, tuple[str, ...]] = {}
    for key, items in value.items():
        if keys is not None and key not in keys:
            errors.append(_unknown(prefix, key, keys, what="key"))
            continue
        label = f"{prefix}.{key}" if keys is not None else f"{prefix}.{key!r}"  # free-form keys (globs) may hold any character
        result[key] = _string_list(label, items, "list of strings", errors)
    return result


def _unknown(prefix: str, key: str, valid: Mapping[str, Any] | Sequence[str], what: str = "key") -> str:
    choices = sorted(valid)
    close = difflib.get_close_matches(key, choices, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of: {', '.join(choices)}"
    return f"{prefix}: unknown {what} {key!r}{hint}"


def _show(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"
