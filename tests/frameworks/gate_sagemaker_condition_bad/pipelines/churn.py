"""SageMaker Pipeline: train XGBoost, evaluate, register only when the AUC clears the bar."""
from sagemaker.estimator import Estimator
from sagemaker.processing import ProcessingOutput, ScriptProcessor
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo, ConditionLessThan
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import ProcessingStep, TrainingStep

ROLE = "arn:aws:iam::111122223333:role/sagemaker-pipelines"
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"

xgb = Estimator(image_uri=IMAGE, role=ROLE, instance_count=1, instance_type="ml.m5.xlarge", output_path="s3://churn/models")
step_train = TrainingStep(name="Train", estimator=xgb, inputs={"train": "s3://churn/train"})
report = PropertyFile(name="EvaluationReport", output_name="evaluation", path="evaluation.json")
evaluator = ScriptProcessor(image_uri=IMAGE, command=["python3"], role=ROLE, instance_count=1, instance_type="ml.m5.xlarge")
step_eval = ProcessingStep(
    name="Evaluate",
    processor=evaluator,
    code="evaluate.py",
    outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
    property_files=[report],
)
step_register = RegisterModel(
    name="Register",
    estimator=xgb,
    model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
    content_types=["text/csv"],
    response_types=["text/csv"],
    inference_instances=["ml.m5.large"],
    transform_instances=["ml.m5.large"],
    model_package_group_name="churn",
    approval_status="Approved",
)
auc = JsonGet(step_name=step_eval.name, property_file=report, json_path="binary_classification_metrics.auc.value")
step_fail = FailStep(name="AucTooLow", error_message="AUC below 0.75: not registering")

# the condition only decides whether to fail; register is listed as a plain pipeline step
step_cond = ConditionStep(
    name="CheckAuc",
    conditions=[ConditionLessThan(left=auc, right=0.75)],
    if_steps=[step_fail],
    else_steps=[],
)
pipeline = Pipeline(name="churn-train", steps=[step_train, step_eval, step_cond, step_register])
