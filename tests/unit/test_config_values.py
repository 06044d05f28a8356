"""[tool.mllens] values are validated like keys: a value that names nothing or can never match is an error."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from pytest_mllens.config import ConfigError, parse_settings
from pytest_mllens.registry import load_registry

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REGISTRY = load_registry()
README = Path(__file__).resolve().parents[2] / "README.md"


def parse(table: dict[str, Any], root: Path | None = None):
    return parse_settings(table, {n: c.options for n, c in REGISTRY.checks.items()}, REGISTRY.aliases, root)


def errors_of(table: dict[str, Any], root: Path | None = None) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse(table, root)
    return info.value.errors


@pytest.mark.parametrize(
    ("pattern", "fix"),
    [("/legacy", "legacy"), ("./legacy", "legacy"), ("././legacy/*", "legacy/*"), ("legacy\\old", "legacy/old")],
)
def test_anchored_exclude_globs_are_errors_with_the_fix(pattern: str, fix: str) -> None:
    """Paths are relative and use '/', so '/legacy', './legacy' and backslashes never match; the error names the working glob."""
    (error,) = errors_of({"extend-exclude": [pattern]})
    assert error.startswith(f"[tool.mllens] extend-exclude: expected glob relative to the project root")
    assert error.endswith(f"did you mean {fix!r}?")


def test_malformed_and_empty_globs_are_errors() -> None:
    """An unclosed '[' matches only itself, an empty pattern matches nothing, '..' leaves the root."""
    errors = errors_of({"exclude": ["data/[abc", ""], "roles": {"hosting": ["../serve/*"]}})
    assert any("exclude: expected glob relative to the project root, with / between folders (an unclosed '['" in e for e in errors)
    assert any("exclude: expected non-empty glob" in e for e in errors)
    assert any(e.startswith("[tool.mllens] roles.hosting: expected path glob") and "'..'" in e for e in errors)


def test_role_glob_ending_in_slash_suggests_a_file_glob() -> None:
    """A role assigned to 'serve/' names no file; 'serve/*' does."""
    (error,) = errors_of({"not-roles": {"training": ["tools/"]}})
    assert error.endswith("did you mean 'tools/*'?")


def test_valid_globs_are_accepted() -> None:
    """Ordinary path, name and module globs pass unchanged."""
    settings = parse(
        {
            "extend-exclude": ["scratch/*", "legacy", "legacy/", "*.pb2.py", "data/[0-9]*"],
            "roles": {"hosting": ["services/api/*", "pkg.serving.*"]},
            "per-file-ignores": {"notebooks/scratch_*.ipynb": ["ML002"]},
            "knowledge": {"deploy": ["mycorp.release.ship_model", "mycorp.*.deploy_[a-z]*"]},
        }
    )
    assert settings.extend_exclude[-1] == "data/[0-9]*"


def test_knowledge_patterns_must_be_qualified_names() -> None:
    """A file path or an entry-point spelling is not a qualified name; the error suggests the dotted form."""
    errors = errors_of({"knowledge": {"deploy": ["mycorp/release.py", "mycorp.release:ship_model()"], "gate": [" "]}})
    assert "[tool.mllens] knowledge.deploy: expected qualified-name glob such as 'mycorp.ml.fit_*' (got str 'mycorp/release.py'); did you mean 'mycorp.release'?" in errors
    assert any(e.endswith("did you mean 'mycorp.release.ship_model'?") for e in errors)
    assert any(e.startswith("[tool.mllens] knowledge.gate: expected non-empty") for e in errors)


def test_per_file_ignores_keys_and_empty_lists() -> None:
    """A per-file-ignores glob that can never match, or one that ignores nothing, is an error."""
    errors = errors_of({"per-file-ignores": {"/scripts/*.py": ["ML002"], "jobs/*.py": []}})
    assert "[tool.mllens] per-file-ignores key: expected file glob relative to the project root, with / between folders (paths never start with '/') (got str '/scripts/*.py'); did you mean 'scripts/*.py'?" in errors
    assert "[tool.mllens] per-file-ignores.'jobs/*.py': expected a non-empty list of check ids or names (got list [])" in errors


def test_empty_select_is_an_error() -> None:
    """`select = []` would silently run every check; leaving it out says that."""
    (error,) = errors_of({"select": []})
    assert error.startswith("[tool.mllens] select: expected a non-empty list")


def test_unknown_action_and_role_in_check_options_suggest_the_closest() -> None:
    """Check options with a fixed vocabulary reject other values with a did-you-mean."""
    errors = errors_of({"checks": {"ML002": {"actions": ["deploy", "registers"]}, "ML001": {"forbidden-roles": ["trainig"]}}})
    assert errors == [
        "[tool.mllens] checks.ML002.actions: expected one of deploys, registers, promotes (got str 'deploy'); did you mean 'deploys'?",
        "[tool.mllens] checks.ML001.forbidden-roles: expected one of training, evaluation, pipeline, monitoring, hosting (got str 'trainig'); did you mean 'training'?",
    ]


def test_function_options_are_qualified_name_globs() -> None:
    """gate-functions / monitor-functions entries are validated as qualified-name globs."""
    errors = errors_of({"checks": {"ungated-deployment": {"gate-functions": ["ml/gates.py"]}, "missing-drift-monitor": {"monitor-functions": [""]}}})
    assert errors[0].endswith("did you mean 'ml.gates'?")
    assert errors[1].startswith("[tool.mllens] checks.missing-drift-monitor.monitor-functions: expected non-empty qualified-name glob")


def test_missing_source_root_is_reported_with_the_closest_folder(tmp_path: Path) -> None:
    """A src entry that is not a folder under the root names no module; the error suggests an existing folder."""
    (tmp_path / "source").mkdir()
    (tmp_path / "setup.py").write_text("")
    errors = errors_of({"src": ["sources", "setup.py", ".", "./source"]}, tmp_path)
    assert errors == [
        "[tool.mllens] src: expected an existing directory under the project root (got str 'sources'); did you mean 'source'?",
        "[tool.mllens] src: expected an existing directory under the project root (this is a file) (got str 'setup.py')",
        "[tool.mllens] src: expected directory relative to the project root, with / between folders (paths never start with './') (got str './source'); did you mean 'source'?",
    ]
    assert parse({"src": ["source", "."]}, tmp_path).src == ("source", ".")


def test_src_is_not_checked_on_disk_without_a_root() -> None:
    """Callers without a project directory (in-memory examples) keep working."""
    assert parse({"src": ["src"]}).src == ("src",)


@pytest.mark.parametrize("ref", ["ML000", "unused-suppression"])
def test_unused_suppression_can_be_named_like_any_check(ref: str) -> None:
    """ML000 is accepted in select, ignore and per-file-ignores, and normalised to its name."""
    settings = parse({"ignore": [ref], "per-file-ignores": {"nb/*.ipynb": [ref]}})
    assert settings.ignore == ("unused-suppression",)
    assert settings.per_file_ignores == {"nb/*.ipynb": ("unused-suppression",)}


def test_every_value_problem_is_reported_at_once() -> None:
    """Problems in keys and values of different tables arrive in one ConfigError."""
    errors = errors_of({"extend-exclude": ["/a"], "knowledge": {"gate": ["a/b"]}, "select": ["ML01"], "roles": {"servin": ["x"]}, "checks": {"ML002": {"actions": ["ship"]}}})
    assert len(errors) == 5


def test_readme_configuration_example_is_valid() -> None:
    """The [tool.mllens] example in the README validates as written."""
    block = re.search(r"```toml\n(\[tool\.mllens\].*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block is not None
    table = tomllib.loads(block.group(1))["tool"]["mllens"]
    parse(table)


def test_unused_suppression_in_the_checks_table_has_no_options() -> None:
    """Naming ML000 under [tool.mllens.checks] is accepted as a check with no options."""
    assert parse({"checks": {"ML000": {}}}).check_options == {"unused-suppression": {}}
    assert errors_of({"checks": {"ML000": {"strict": True}}}) == ["[tool.mllens] checks.ML000.strict: unknown option (this check has no options)"]
