import sagemaker
from sagemaker.inputs import TrainingInput
from sagemaker.xgboost import XGBoost

ROLE = "arn:aws:iam::210987654321:role/ltv-ml"


def launch(train_s3: str, val_s3: str) -> str:
    est = XGBoost(
        entry_point="xgb_script.py",
        source_dir="train",
        framework_version="1.7-1",
        role=ROLE,
        instance_type="ml.m5.4xlarge",
        instance_count=1,
        hyperparameters={"num_round": 500, "max_depth": 7, "objective": "reg:tweedie"},
        sagemaker_session=sagemaker.Session(),
    )
    est.fit({"train": TrainingInput(train_s3, content_type="text/csv"), "validation": TrainingInput(val_s3, content_type="text/csv")})
    return est.model_data
