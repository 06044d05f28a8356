import pytest

pd = pytest.importorskip("pandas")

from churn.features import FEATURE_COLUMNS, add_derived_features, build_preprocessor  # noqa: E402 - after the pandas check


def test_derived_features_handle_zero_tenure() -> None:
    frame = pd.DataFrame({"tenure_months": [0, 12], "total_charges": [0.0, 600.0]})
    assert add_derived_features(frame)["charges_per_month_of_tenure"].tolist() == [0.0, 50.0]


def test_preprocessor_covers_every_feature() -> None:
    columns = [c for _, _, cols in build_preprocessor().transformers for c in cols]
    assert sorted(columns) == sorted(FEATURE_COLUMNS)
