from kedro.pipeline import Pipeline, node

from churn_kedro.pipelines.inference.nodes import predict_churn

from .nodes import train_classifier


def create_pipeline(**kwargs) -> Pipeline:
    return Pipeline(
        [
            node(train_classifier, ["train_features", "train_labels", "params:model"], "classifier", name="train"),
            node(predict_churn, ["classifier", "test_features"], "test_scores", name="score_test"),
        ]
    )
