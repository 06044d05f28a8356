"""Facts extraction: names, imports, calls, guards and positions from one parse."""

from __future__ import annotations

import pytest

from pytest_mllens.engine import METRIC_WORDS
from pytest_mllens.facts.extraction.extract import SourceError, decode_source, extract_facts


def facts_of(source: str, module: str = "pkg.mod", is_package: bool = False):
    return extract_facts(source, path="pkg/mod.py", module=module, is_package=is_package, metric_words=METRIC_WORDS)


def call_named(facts, suffix: str):
    return next(c for c in facts.calls if c.name.endswith(suffix))


def test_module_alias_resolves_attribute_calls() -> None:
    """`import sagemaker as sm; sm.model.Model(...)` resolves to sagemaker.model.Model."""
    facts = facts_of("import sagemaker as sm\nm = sm.model.Model(image_uri='x')\nm.deploy(instance_type='ml.m5.large')\n")
    assert [c.name for c in facts.calls] == ["sagemaker.model.Model", "sagemaker.model.Model.deploy"]
    assert all(c.resolved for c in facts.calls)


def test_from_import_alias_resolves() -> None:
    """`from mlflow import register_model as reg` makes reg() mlflow.register_model."""
    facts = facts_of("from mlflow import register_model as reg\nreg('runs:/1/model', 'churn')\n")
    assert facts.calls[0].name == "mlflow.register_model"
    assert facts.calls[0].positional == ("runs:/1/model", "churn")


def test_relative_imports_resolve_against_the_package() -> None:
    """`from ..train import fit` inside pkg.serve.app targets pkg.train.fit."""
    facts = facts_of("from ..train import fit\nfrom . import utils\n", module="pkg.serve.app")
    assert [i.target for i in facts.imports] == ["pkg.train.fit", "pkg.serve.utils"]


def test_relative_import_in_package_init() -> None:
    """In pkg/__init__.py, `from .train import fit` targets pkg.train.fit."""
    facts = facts_of("from .train import fit\n", module="pkg", is_package=True)
    assert facts.imports[0].target == "pkg.train.fit"


def test_import_flags() -> None:
    """TYPE_CHECKING, function-level and try/except imports are flagged as such."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from ml.train import Trainer\n"
        "try:\n"
        "    import xgboost\n"
        "except ImportError:\n"
        "    xgboost = None\n"
        "def handler():\n"
        "    from ml.train import fit\n"
    )
    flags = {i.target: (i.type_checking, i.guarded, i.lazy) for i in facts_of(source).imports}
    assert flags["ml.train.Trainer"] == (True, False, False)
    assert flags["xgboost"] == (False, True, False)
    assert flags["ml.train.fit"] == (False, False, True)


def test_importlib_literal_is_an_import() -> None:
    """importlib.import_module('ml.train') with a literal is recorded as a dynamic import."""
    facts = facts_of("import importlib\nmod = importlib.import_module('ml.train')\n")
    dynamic = [i for i in facts.imports if i.dynamic]
    assert [(i.target, i.line) for i in dynamic] == [("ml.train", 2)]


def test_positions_inside_multiline_statements() -> None:
    """A call on the third line of a statement gets that line and its column."""
    source = "x = dict(\n    a=1,\n    b=mlflow.register_model('u', 'n'),\n)\n"
    call = call_named(facts_of("import mlflow\n" + source), "register_model")
    assert (call.line, call.col) == (4, 14)


def test_metric_if_guard_encloses_call() -> None:
    """A call inside `if metrics['auc'] >= MIN_AUC:` carries a metric guard."""
    facts = facts_of("import mlflow\nif metrics['auc'] >= MIN_AUC:\n    mlflow.register_model('u', 'n')\n")
    guard = facts.guards[call_named(facts, "register_model").guards[0]]
    assert guard.metric and guard.kind == "if" and guard.line == 2
    assert guard.text == "metrics['auc'] >= MIN_AUC"


def test_non_metric_if_is_not_a_gate() -> None:
    """`if len(rows) > 0:` is a comparison but not of an evaluation metric."""
    facts = facts_of("import mlflow\nif len(rows) > 0:\n    mlflow.register_model('u', 'n')\n")
    assert not any(facts.guards[i].metric for i in call_named(facts, "register_model").guards)


def test_early_exit_gates_later_calls_in_scope() -> None:
    """`if auc < threshold: raise` before a call is recorded as an exit guard of that call."""
    source = "def release(auc, threshold):\n    if auc < threshold:\n        raise ValueError('too low')\n    client.transition_model_version_stage('m', 1, 'Production')\n"
    facts = facts_of(source)
    kinds = [facts.guards[i].kind for i in call_named(facts, "transition_model_version_stage").guards]
    assert kinds == ["exit"]
    assert facts.functions[0].exits_on_metric


def test_gate_variable_counts_as_metric() -> None:
    """`ok = f1 > best_f1; if ok:` is a metric gate through the variable."""
    facts = facts_of("ok = f1 > best_f1\nif ok:\n    deploy()\n")
    assert facts.guards[call_named(facts, "deploy").guards[0]].metric


def test_helper_returning_comparison_is_flagged() -> None:
    """A function returning a comparison is recorded as returns_comparison."""
    facts = facts_of("def passes(m):\n    return m['f1'] >= 0.8\n")
    assert facts.functions[0].returns_comparison


def test_local_function_calls_resolve_to_module_qualname() -> None:
    """Calls to functions defined in the same module resolve to module.function."""
    facts = facts_of("def main():\n    helper()\n\ndef helper():\n    pass\n")
    assert facts.calls[0].name == "pkg.mod.helper"


def test_self_attribute_types_flow_between_methods() -> None:
    """`self.model = Model(...)` in __init__ types `self.model.deploy()` in another method."""
    source = (
        "from sagemaker.model import Model\n"
        "class Releaser:\n"
        "    def __init__(self):\n"
        "        self.model = Model(image_uri='i')\n"
        "    def ship(self):\n"
        "        self.model.deploy(instance_type='ml.m5.large')\n"
    )
    assert call_named(facts_of(source), "deploy").name == "sagemaker.model.Model.deploy"


def test_condition_step_keyword_names_are_recorded() -> None:
    """Names inside if_steps are kept per keyword, for ConditionStep analysis."""
    facts = facts_of("from sagemaker.workflow.condition_step import ConditionStep\nConditionStep(name='c', conditions=[c], if_steps=[step_register], else_steps=[fail])\n")
    assert facts.calls[0].names_in_keyword("if_steps") == ("step_register",)
    assert facts.calls[0].names_in_keyword("else_steps") == ("fail",)


def test_suppression_comments() -> None:
    """Line and file suppressions are parsed with their codes."""
    facts = facts_of("import x  # mllens: ignore[ML001, ungated-deployment]\n# mllens: ignore-file[ML003]\ny = 1  # mllens: ignore\n")
    assert facts.suppressions == ((1, ("ML001", "ungated-deployment")), (3, ("*",)))
    assert facts.file_suppressions == ("ML003",)


def test_syntax_error_is_an_error_record() -> None:
    """A file that does not parse yields an error naming the line, not an exception."""
    facts = facts_of("def broken(:\n    pass\n")
    assert facts.error.startswith("syntax error at line 1")


def test_python2_print_statement_is_an_error_record() -> None:
    """Python 2 code is reported as a syntax error, not a crash."""
    assert facts_of("print 'hello'\n").error


def test_deep_nesting_does_not_escape() -> None:
    """A pathologically nested expression yields an error or facts, never RecursionError."""
    facts = facts_of("x = " + "(" * 400 + "1" + ")" * 400 + "\n")
    assert facts.error or facts.calls == ()


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"\x00\x01binary", "binary"),
        (b"x = '\xff\xfe'\n", "not valid utf-8"),
        (b"# -*- coding: klingon -*-\nx = 1\n", "unknown source encoding"),
    ],
)
def test_undecodable_sources_raise_source_error(data: bytes, problem: str) -> None:
    """Binary, non-UTF-8 and unknown-encoding files are rejected with a reason."""
    with pytest.raises(SourceError, match=problem):
        decode_source(data)


def test_bom_crlf_and_latin1_cookie_decode() -> None:
    """A BOM, CRLF line ends and a declared latin-1 encoding are all read correctly."""
    assert decode_source(b"\xef\xbb\xbfx = 1\r\n") == "x = 1\r\n"
    assert decode_source(b"# -*- coding: latin-1 -*-\nname = '\xe9'\n").endswith("'\u00e9'\n")
    facts = facts_of(decode_source(b"import mlflow\r\nmlflow.register_model('u', 'n')\r\n"))
    assert facts.calls[0].line == 2


def test_airflow_ordering_becomes_flow_facts() -> None:
    """`a >> b >> c`, `c << [a, b]`, set_downstream and chain() record task-order facts between the calls that made the tasks."""
    source = (
        "from airflow.models.baseoperator import chain\n"
        "from airflow.operators.python import PythonOperator\n"
        "a = PythonOperator(task_id='a', python_callable=f)\n"
        "b = PythonOperator(task_id='b', python_callable=f)\n"
        "c = PythonOperator(task_id='c', python_callable=f)\n"
        "a >> b >> c\n"
        "c << [a, b]\n"
        "a.set_downstream(c)\n"
        "chain(a, [b, c])\n"
    )
    facts = facts_of(source)
    edges = [(f.upstream, f.downstream, f.line) for f in facts.flows]
    assert edges == [(0, 1, 6), (1, 2, 6), (0, 2, 7), (1, 2, 7), (0, 2, 8), (0, 1, 9), (0, 2, 9)]


def test_taskflow_calls_in_ordering_are_tasks() -> None:
    """`check(score) >> register(run_id)` links the two TaskFlow calls by their indices."""
    facts = facts_of("def dag():\n    score = evaluate(m)\n    check(score) >> register(m)\n")
    names = [c.name for c in facts.calls]
    (flow,) = facts.flows
    assert (names[flow.upstream], names[flow.downstream]) == ("check", "register")


def test_references_resolve_callables_passed_as_arguments() -> None:
    """python_callable=tasks.register is recorded as a reference to pkg.tasks.register; local variables are not references."""
    facts = facts_of("from pkg import tasks\nfrom pkg.q import gate\nmodel = load()\nOp(python_callable=tasks.register, other=model)\nOp(gate)\n")
    first, second = (c for c in facts.calls if c.name == "Op")
    assert first.references == (("python_callable", "pkg.tasks.register"),)
    assert first.reference("python_callable") == "pkg.tasks.register"
    assert second.references == (("", "pkg.q.gate"),)


def test_kfp_else_inherits_the_preceding_condition() -> None:
    """`with dsl.Else():` right after `with dsl.If(auc >= 0.8):` is guarded by that comparison."""
    source = "from kfp import dsl\nwith dsl.If(auc.output >= 0.8):\n    notify()\nwith dsl.Else():\n    promote()\n"
    facts = facts_of(source)
    guard = facts.guards[call_named(facts, "promote").guards[0]]
    assert guard.kind == "with" and "kfp.dsl.If" in guard.calls and guard.text.startswith("dsl.Else()")


def test_import_local_names_and_computed_dynamic_imports() -> None:
    """Imports record the local name they bind; import_module(f'plugins.{n}') records only the package prefix, flagged partial."""
    facts = facts_of("import numpy as np\nimport a.b\nfrom m import fit as f\nimport importlib\nimportlib.import_module(f'plugins.{name}')\n")
    assert [(i.target, i.local) for i in facts.imports][:3] == [("numpy", "np"), ("a.b", "a"), ("m.fit", "f")]
    dynamic = [i for i in facts.imports if i.dynamic]
    assert [(i.target, i.partial) for i in dynamic] == [("plugins", True)]


def test_unresolved_constructor_keeps_method_calls_unresolved() -> None:
    """`clf = Unknown(); clf.fit()` is not marked resolved, so a star import can resolve it later."""
    facts = facts_of("clf = GradientBoostingRegressor()\nclf.fit(X, y)\n")
    assert [(c.name, c.resolved) for c in facts.calls] == [("GradientBoostingRegressor", False), ("GradientBoostingRegressor.fit", False)]


def test_facts_with_flows_pickle() -> None:
    """FileFacts with flows and references survive a pickle round trip."""
    import pickle

    facts = facts_of("from pkg import t\na = Op(python_callable=t.f)\nb = Op()\na >> b\n")
    assert pickle.loads(pickle.dumps(facts)) == facts
