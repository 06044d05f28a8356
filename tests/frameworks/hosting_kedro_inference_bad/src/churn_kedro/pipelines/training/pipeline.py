from kedro.pipeline import Pipeline, node

from .nodes import predict_churn, train_classifier


def create_pipeline(**kwargs) -> Pipeline:
    return Pipeline(
        [
            node(train_classifier, ["train_features", "train_labels", "params:model"], "classifier", name="train"),
            node(predict_churn, ["classifier", "test_features"], "test_scores", name="score_test"),
        ]
    )
