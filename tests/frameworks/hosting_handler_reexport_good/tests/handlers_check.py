"""The handlers answer a CSV request."""
from handlers import input_fn, model_fn, predict_fn


def test_input_fn_keeps_the_feature_columns():
    assert list(input_fn("tenure,monthly_charges,support_calls\n1,2,3\n", "text/csv").columns) == ["tenure", "monthly_charges", "support_calls"]
