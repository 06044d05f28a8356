"""Training and evaluation steps of the churn model-build pipeline."""
from sagemaker.estimator import Estimator
from sagemaker.processing import ScriptProcessor
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.steps import ProcessingStep, TrainingStep

ROLE = "arn:aws:iam::111122223333:role/churn-pipelines"
IMAGE = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn-xgb:1.7"

xgb_estimator = Estimator(image_uri=IMAGE, role=ROLE, instance_count=1, instance_type="ml.m5.xlarge")
step_train = TrainingStep(name="TrainChurn", estimator=xgb_estimator, inputs={"train": "s3://churn/train/"})
evaluation_report = PropertyFile(name="EvaluationReport", output_name="evaluation", path="evaluation.json")
processor = ScriptProcessor(image_uri=IMAGE, command=["python3"], role=ROLE, instance_count=1, instance_type="ml.m5.large")
step_eval = ProcessingStep(name="EvaluateChurn", processor=processor, code="pipelines/evaluate.py", property_files=[evaluation_report])
