"""Smoke-test the XGBoost container on this machine with SageMaker local mode before anyone
builds the real pipeline: train on a sample, serve it locally, send two rows, tear it down."""

import sagemaker
from sagemaker.estimator import Estimator
from sagemaker.local import LocalSession

MIN_VALIDATION_AUC = 0.7


def smoke_test(image_uri: str, role: str, sample_csv: str) -> None:
    session = LocalSession()
    session.config = {"local": {"local_code": True}}
    estimator = Estimator(image_uri=image_uri, role=role, instance_count=1, instance_type="local", sagemaker_session=session, hyperparameters={"objective": "binary:logistic", "eval_metric": "auc", "num_round": 20})
    estimator.fit({"train": f"file://{sample_csv}", "validation": f"file://{sample_csv}"})
    auc = estimator.training_job_analytics.dataframe()["value"].iloc[-1]
    if auc < MIN_VALIDATION_AUC:
        raise SystemExit(f"validation AUC {auc:.3f} is too low to bother serving")
    predictor = estimator.deploy(initial_instance_count=1, instance_type="local", serializer=sagemaker.serializers.CSVSerializer())
    try:
        print(predictor.predict("0.5,1,3\n0.1,0,7"))
    finally:
        predictor.delete_endpoint()
