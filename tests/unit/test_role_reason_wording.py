"""A role reason names a method call on a variable by the variable and where its value came
from (``model.fit() on the result of churn.train.build_model()``), never as a dotted name
that reads like a class (``churn.train.build_model.fit()``)."""

from __future__ import annotations

from pytest_mllens.facts.discovery import SourceFile
from pytest_mllens.facts.parsing import extract_source
from pytest_mllens.model.knowledge import shown_call

SOURCE = b"""from kfp.components import func_to_container_op
from churn.train import build_model
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
serving_op = func_to_container_op(serve)
serving_op(x)
model = build_model(p)
model.fit(X, y)
clf = RandomForestClassifier()
clf.fit(X, y)
LogisticRegression().fit(X, y)
"""


def _shown() -> dict[str, str]:
    facts = extract_source(SourceFile(path="a.py", module="a", kind="py", is_package=False, size=len(SOURCE)), SOURCE)
    return {call.name + "@" + str(call.line): shown_call(call, facts) for call in facts.calls}


def test_method_on_a_function_result_names_the_variable_and_the_function() -> None:
    """`model = build_model(p); model.fit(...)` reads as model.fit() on the result of build_model()."""
    assert _shown()["churn.train.build_model.fit@8"] == "model.fit() on the result of churn.train.build_model()"


def test_method_on_an_instance_names_the_class() -> None:
    """`clf = RandomForestClassifier(); clf.fit(...)` reads as clf.fit() on a RandomForestClassifier."""
    assert _shown()["sklearn.ensemble.RandomForestClassifier.fit@10"] == "clf.fit() on a sklearn.ensemble.RandomForestClassifier"


def test_plain_and_chained_calls_keep_their_qualified_name() -> None:
    """A call through a variable holding a function, and a chained call, are named as before."""
    shown = _shown()
    assert shown["kfp.components.func_to_container_op@6"] == "kfp.components.func_to_container_op()"
    assert shown["sklearn.linear_model.LogisticRegression.fit@11"] == "sklearn.linear_model.LogisticRegression.fit()"
