"""What a project function returns types its callers' results (FunctionFact.returns)."""

from __future__ import annotations

from pytest_mllens.facts.extraction.extract import extract_facts

SOURCE = """\
import xgboost as xgb
from sklearn.ensemble import RandomForestClassifier
from transformers import Trainer

def annotated(model, data) -> Trainer:
    trainer = Trainer(model=model, train_dataset=data)
    return trainer

def constructed():
    forest = RandomForestClassifier(n_estimators=300)
    return forest

def returned_call():
    return xgb.XGBClassifier(max_depth=6)

def helper_result():
    return make_model()

def early_return(flag):
    if flag:
        return RandomForestClassifier()
    print("no model")

def plain_value() -> int:
    return 3
"""


def test_a_function_s_return_class_comes_from_its_annotation_or_the_object_its_last_statement_returns() -> None:
    facts = extract_facts(SOURCE, path="factories.py", module="factories")
    returns = {f.qualname: f.returns for f in facts.functions}
    assert returns == {
        "annotated": "transformers.Trainer",
        "constructed": "sklearn.ensemble.RandomForestClassifier",
        "returned_call": "xgboost.XGBClassifier",
        "helper_result": "",
        "early_return": "",
        "plain_value": "",
    }
