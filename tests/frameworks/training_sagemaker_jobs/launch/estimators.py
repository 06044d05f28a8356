"""Launch training jobs with the SageMaker Python SDK (v2)."""
import sagemaker
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.pytorch.estimator import PyTorch
from sagemaker.sklearn import SKLearn

session = sagemaker.Session()
role = sagemaker.get_execution_role()
bucket = session.default_bucket()


def train_xgboost_container(train_s3: str, val_s3: str) -> Estimator:
    image = sagemaker.image_uris.retrieve("xgboost", session.boto_region_name, version="1.7-1")
    xgb = Estimator(image_uri=image, role=role, instance_count=1, instance_type="ml.m5.xlarge",
                    output_path=f"s3://{bucket}/churn/models", sagemaker_session=session)
    xgb.set_hyperparameters(objective="binary:logistic", num_round=300, eval_metric="auc")
    xgb.fit({"train": TrainingInput(train_s3, content_type="text/csv"), "validation": TrainingInput(val_s3, content_type="text/csv")})
    return xgb


def train_pytorch(data_s3: str) -> PyTorch:
    estimator = PyTorch(entry_point="train.py", source_dir="code", role=role, framework_version="2.1",
                        py_version="py310", instance_count=2, instance_type="ml.g5.2xlarge",
                        hyperparameters={"epochs": 10, "lr": 3e-4})
    estimator.fit({"training": data_s3}, wait=False)
    return estimator


def train_sklearn(data_s3: str) -> SKLearn:
    sk = SKLearn(entry_point="code/train_rf.py", framework_version="1.2-1", instance_type="ml.m5.large", role=role)
    sk.fit({"train": data_s3})
    return sk
