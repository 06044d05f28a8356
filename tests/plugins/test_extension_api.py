"""The extension API in-process: hook specs, the registry's strictness, and pytest_mllens.testing."""

from __future__ import annotations

import inspect
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import mllens_sample_plugin
import pytest_mllens.checks
from mllens_sample_plugin import PickleModelLoad
from pytest_mllens import Check, Example, hookimpl, hookspecs
from pytest_mllens.config import ConfigError
from pytest_mllens.registry import RegistryError, load_registry
from pytest_mllens.testing import ExampleMismatch, analyse_sources, assert_example, example_findings, run_example

ACME_EXAMPLE = next(e for e in PickleModelLoad.examples if "server.py" in e.files)


def plugin(name: str, **hooks: Callable[[], Any]) -> types.ModuleType:
    """A plugin module ``name`` whose hooks are the given functions, marked with @hookimpl."""
    module = types.ModuleType(name)
    for hook, function in hooks.items():
        setattr(module, hook, hookimpl(function))
    return module


def check_class(**attributes: Any) -> type[Check]:
    def run(self: Check, project: Any) -> list[Any]:
        return []

    namespace = {"id": "MLX500", "name": "tiny-check", "summary": "A tiny check.", "run": run, "__module__": "tiny_plugin", **attributes}
    return type("TinyCheck", (Check,), namespace)


# -- hook specifications -------------------------------------------------------------------


def test_every_hookspec_is_documented() -> None:
    """Each hook spec takes no arguments and documents when it is called, what to return and what happens on failure."""
    specs = [value for name, value in vars(hookspecs).items() if name.startswith("mllens_")]
    assert [s.__name__ for s in specs] == ["mllens_checks", "mllens_knowledge"]
    for spec in specs:
        assert hasattr(spec, "mllens_spec"), spec
        assert not inspect.signature(spec).parameters
        for heading in ("**When:**", "**Return:**", "**Failure:**"):
            assert heading in (spec.__doc__ or ""), (spec.__name__, heading)


def test_builtin_checks_are_loaded_through_the_entry_point() -> None:
    """The built-in checks are registered by the 'builtin' entry point of pytest-mllens, like any plugin."""
    registry = load_registry()
    origins = {registry.origins[name] for name in registry.checks}
    assert len(origins) == 1
    assert origins.pop().startswith("plugin 'builtin' (pytest-mllens ")
    assert all(c.__module__.startswith("pytest_mllens.checks.") for c in registry.checks.values())


# -- a plugin's contributions ------------------------------------------------------------------


def test_sample_plugin_contributes_its_check_and_knowledge() -> None:
    """A plugin module adds its check (by name and id) and its knowledge rules, labelled with the plugin."""
    registry = load_registry([mllens_sample_plugin])
    assert registry.checks["pickle-model-load"] is PickleModelLoad
    assert registry.aliases["MLX100"] == "pickle-model-load"
    assert registry.origins["pickle-model-load"] == "plugin 'mllens_sample_plugin'"
    acme = [r for r in registry.rules if r.framework == "Acme Serving"]
    assert [(r.kind, r.match, r.name) for r in acme] == [("hosting", "call", "acme_serving.Server"), ("hosting", "decorator", "acme_serving.endpoint")]
    assert acme[0].source == "plugin 'mllens_sample_plugin': knowledge document 1"


def test_a_plugin_passed_twice_or_already_installed_registers_once() -> None:
    """An extra plugin that is already registered (the built-ins, or the same module twice) is not registered again."""
    registry = load_registry([pytest_mllens.checks, mllens_sample_plugin, mllens_sample_plugin])
    assert sorted(registry.checks) == sorted([*load_registry().checks, "pickle-model-load"])


def test_plugin_knowledge_gives_a_module_its_role_and_reason() -> None:
    """A decorator rule from a plugin makes a module hosting code, with the plugin's framework and words in the reason."""
    source = "import acme_serving\n\n\n@acme_serving.endpoint('/predict')\ndef predict(row):\n    return 1\n"
    project, _ = analyse_sources({"api.py": source}, extra_plugins=[mllens_sample_plugin])
    assert [(r.role, r.reason) for r in project.roles["api.py"]] == [
        ("hosting", "defines function predict decorated with @acme_serving.endpoint at line 5 (Acme Serving: exposes a function as an Acme endpoint)")
    ]
    project, _ = analyse_sources({"api.py": source})
    assert project.roles["api.py"] == []


# -- pytest_mllens.testing -----------------------------------------------------------------


def test_run_example_applies_the_knowledge_of_the_given_plugins() -> None:
    """An example that is hosting code only by the plugin's knowledge has its finding with the plugin loaded, none without."""
    assert run_example(PickleModelLoad, ACME_EXAMPLE, plugins=[mllens_sample_plugin]) == ["server.py:6"]
    assert run_example(PickleModelLoad, ACME_EXAMPLE) == []


def test_assert_example_failure_shows_expected_found_and_each_message() -> None:
    """A mismatch raises an AssertionError listing expected, found, the missing and unexpected locations and the findings' messages and evidence."""
    wrong = Example("wrong expectation", ACME_EXAMPLE.files, expect=("server.py:5",))
    with pytest.raises(ExampleMismatch) as info:
        assert_example(PickleModelLoad, wrong, plugins=[mllens_sample_plugin])
    assert isinstance(info.value, AssertionError)
    assert str(info.value).splitlines() == [
        "MLX100 pickle-model-load: bad example 'wrong expectation'",
        "  expected: server.py:5",
        "  found:    server.py:6",
        "  - missing    server.py:5",
        "  + unexpected server.py:6:20 hosting module server loads a model with pickle.load(), which can run code stored in the file",
        "        server.py is hosting code: calls acme_serving.Server() at line 8 (Acme Serving: creates an Acme model server)",
        "        loader: pickle.load() at line 6",
    ]


def test_assert_example_passes_silently_and_reports_missing_knowledge() -> None:
    """assert_example returns None on agreement, and without the plugin says which expected finding is missing."""
    assert assert_example(PickleModelLoad, ACME_EXAMPLE, plugins=[mllens_sample_plugin]) is None
    with pytest.raises(ExampleMismatch, match=r"found:    no findings\n  - missing    server.py:6"):
        assert_example(PickleModelLoad, ACME_EXAMPLE)


def test_check_under_test_options_are_validated_without_registration() -> None:
    """An unregistered check's options in Example.config apply; a misspelt option is a config error with a did-you-mean."""
    narrowed = next(e for e in PickleModelLoad.examples if e.config)
    unnarrowed = Example("same code, default loaders", narrowed.files, expect=("serve/app.py:5",))
    assert run_example(PickleModelLoad, narrowed) == []
    assert run_example(PickleModelLoad, unnarrowed) == ["serve/app.py:5"]
    typo = Example("typo", narrowed.files, config={"checks": {"MLX100": {"loader": ["pickle.load"]}}})
    with pytest.raises(ConfigError, match="unknown option 'loader'; did you mean 'loaders'"):
        example_findings(PickleModelLoad, typo)


def test_check_under_test_colliding_with_a_builtin_is_reported() -> None:
    """Testing a check whose id a built-in already uses fails with the duplicate error instead of running another check's options."""
    clash = check_class(id="ML001", examples=(Example("x", {"a.py": "x = 1\n"}),))
    with pytest.raises(RegistryError, match="uses the id 'ML001', already registered by plugin 'builtin'"):
        run_example(clash, clash.examples[0])


# -- strict loading ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "checks, message",
    [
        pytest.param(
            lambda: [check_class(name="ungated-deployment")],
            "plugin 'tiny_plugin': check MLX500 ungated-deployment (tiny_plugin.TinyCheck) uses the name 'ungated-deployment', "
            "already registered by plugin 'builtin' (pytest-mllens *: pytest_mllens.checks) for check ML002 ungated-deployment "
            "(pytest_mllens.checks.ungated_deployment.UngatedDeployment)",
            id="duplicate-name",
        ),
        pytest.param(
            lambda: [check_class(), check_class(name="other-check")],
            "plugin 'tiny_plugin': check MLX500 other-check (tiny_plugin.TinyCheck) uses the id 'MLX500', already registered by "
            "plugin 'tiny_plugin' for check MLX500 tiny-check (tiny_plugin.TinyCheck)",
            id="duplicate-within-plugin",
        ),
        pytest.param(lambda: [check_class(id="ML000")], "*uses 'ML000', which is reserved*", id="reserved-id"),
        pytest.param(lambda: [Example], "plugin 'tiny_plugin': pytest_mllens.check.Example is not a valid check:\n    - expected a subclass of pytest_mllens.Check*", id="not-a-check"),
        pytest.param(lambda: PickleModelLoad, "plugin 'tiny_plugin': mllens_checks() must return a list of Check subclasses (got type *", id="not-a-list"),
        pytest.param(lambda: 1 / 0, "plugin 'tiny_plugin': mllens_checks() raised ZeroDivisionError: division by zero", id="hook-raises"),
    ],
)
def test_check_registration_errors_name_the_plugin(checks: Callable[[], Any], message: str) -> None:
    """A duplicate, reserved or invalid check, a malformed return value or a raising hook is a RegistryError naming the plugin (and the other check)."""
    with pytest.raises(RegistryError) as info:
        load_registry([plugin("tiny_plugin", mllens_checks=checks)])
    from fnmatch import fnmatchcase

    assert fnmatchcase(str(info.value), message), str(info.value)


def test_invalid_check_lists_every_problem_at_once() -> None:
    """A check with several declaration problems reports all of them in one error."""
    from pytest_mllens import OptionSpec

    broken = type(
        "Broken",
        (Check,),
        {"id": "MLX 1", "name": "", "summary": "s", "__module__": "tiny_plugin", "practices": ("MLSEC99-BP01",), "principle": "be_nice", "options": {"n": OptionSpec("int", "3", "a number")}},
    )
    with pytest.raises(RegistryError) as info:
        load_registry([plugin("tiny_plugin", mllens_checks=lambda: [broken])])
    assert str(info.value).splitlines() == [
        "plugin 'tiny_plugin': tiny_plugin.Broken is not a valid check:",
        "    - id: expected letters, digits, '-' and '_' only (got 'MLX 1')",
        "    - name: expected a non-empty string (got '')",
        "    - run: not implemented (define run(self, project) yielding Findings)",
        "    - practices: 'MLSEC99-BP01' is not a best practice in the lens catalogue (e.g. 'MLSEC05-BP01')",
        "    - principle: 'be_nice' is not a design principle in the lens catalogue (e.g. 'provide_protection')",
        "    - options['n']: default '3' does not fit kind 'int' (expected integer)",
    ]


@pytest.mark.parametrize(
    "document, message",
    [
        pytest.param({"rules": []}, "unknown key 'rules'; did you mean 'rule'?", id="document-key-typo"),
        pytest.param({"rule": [{"kind": "hosting", "name": "a.B", "says": "x", "requires_import": ["a"]}]}, "rule 1: unknown key 'requires_import'; did you mean 'requires-import'?", id="rule-key-typo"),
        pytest.param({"rule": [{"kind": "hosting", "name": "a.B", "says": "x", "keywords": "port"}]}, "rule 1: keywords: expected list[str] (got str 'port')", id="wrong-type"),
        pytest.param({"rule": [{"kind": "hosting", "name": "a.B", "says": "x", "notebooks": "no"}]}, "rule 1: notebooks: expected bool (got str 'no')", id="notebooks-not-bool"),
        pytest.param({"rule": [{"kind": "hosting", "name": "a.B"}]}, "rule 1: says: required", id="missing-says"),
        pytest.param({"rule": [{"kind": "serving", "name": "a.B", "says": "x"}]}, "rule 1: kind: expected one of hosting, training", id="unknown-kind"),
        pytest.param("hosting = ['a.B']", "expected a mapping with keys framework, rule (got str", id="not-a-mapping"),
    ],
)
def test_knowledge_errors_name_the_plugin_document_and_rule(document: Any, message: str) -> None:
    """A malformed knowledge document is a RegistryError naming the plugin, the document number and the problem."""
    with pytest.raises(RegistryError) as info:
        load_registry([plugin("acme_plugin", mllens_knowledge=lambda: [document])])
    text = str(info.value)
    assert text.startswith("plugin 'acme_plugin': knowledge document 1"), text
    assert message in text


def test_unmarked_or_misspelt_hooks_are_errors() -> None:
    """A hook function without @hookimpl, or a misspelt hook name (marked or not), is reported instead of silently ignored."""
    unmarked = types.ModuleType("unmarked_plugin")
    unmarked.mllens_checks = lambda: []  # type: ignore[attr-defined]
    with pytest.raises(RegistryError, match=r"plugin 'unmarked_plugin': mllens_checks\(\) is not marked with @pytest_mllens.hookimpl"):
        load_registry([unmarked])
    misspelt = types.ModuleType("misspelt_plugin")
    misspelt.mllens_check = lambda: []  # type: ignore[attr-defined]
    with pytest.raises(RegistryError, match=r"mllens_check\(\) is not an mllens hook; did you mean mllens_checks\(\)\?"):
        load_registry([misspelt])
    with pytest.raises(RegistryError, match=r"plugin 'marked_plugin': unknown hook 'mllens_check'"):
        load_registry([plugin("marked_plugin", mllens_check=lambda: [])])


def test_installed_plugin_import_error_names_the_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry point whose module fails to import is a RegistryError naming the entry point, distribution and error."""
    (tmp_path / "mllens_unimportable").mkdir()
    (tmp_path / "mllens_unimportable" / "__init__.py").write_text("raise ImportError('needs acme-sdk>=2')\n")
    dist_info = tmp_path / "mllens_unimportable-2.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: mllens-unimportable\nVersion: 2.0\n")
    (dist_info / "entry_points.txt").write_text("[mllens]\nacme = mllens_unimportable\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(RegistryError) as info:
        load_registry()
    assert str(info.value) == "plugin 'acme' (mllens-unimportable 2.0: mllens_unimportable) failed to import: ImportError: needs acme-sdk>=2"
