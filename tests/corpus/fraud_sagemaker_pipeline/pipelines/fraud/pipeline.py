"""SageMaker pipeline definition for the card-fraud model."""
import sagemaker
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.model_metrics import MetricsSource, ModelMetrics
from sagemaker.processing import ProcessingInput, ProcessingOutput, ScriptProcessor
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.workflow.check_job_config import CheckJobConfig
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.parameters import ParameterFloat, ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.quality_check_step import DataQualityCheckConfig, QualityCheckStep
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import ProcessingStep, TrainingStep


def get_pipeline(region: str, role: str, default_bucket: str, pipeline_name: str = "CardFraudPipeline") -> Pipeline:
    session = sagemaker.session.Session(default_bucket=default_bucket)
    input_data = ParameterString(name="InputDataUrl", default_value=f"s3://{default_bucket}/fraud/raw/")
    auc_threshold = ParameterFloat(name="AucThreshold", default_value=0.92)
    approval_status = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")

    processor = SKLearnProcessor(framework_version="1.2-1", role=role, instance_type="ml.m5.xlarge", instance_count=1)
    step_process = ProcessingStep(
        name="PreprocessFraud",
        processor=processor,
        inputs=[ProcessingInput(source=input_data, destination="/opt/ml/processing/input")],
        outputs=[
            ProcessingOutput(output_name="train", source="/opt/ml/processing/train"),
            ProcessingOutput(output_name="validation", source="/opt/ml/processing/validation"),
            ProcessingOutput(output_name="test", source="/opt/ml/processing/test"),
        ],
        code="code/preprocess.py",
    )

    check_job_config = CheckJobConfig(role=role, instance_count=1, instance_type="ml.c5.xlarge", sagemaker_session=session)
    step_data_quality = QualityCheckStep(
        name="DataQualityBaseline",
        check_job_config=check_job_config,
        quality_check_config=DataQualityCheckConfig(
            baseline_dataset=step_process.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri,
            dataset_format={"csv": {"header": False}},
            output_s3_uri=f"s3://{default_bucket}/fraud/baselines/data-quality",
        ),
        skip_check=False,
        register_new_baseline=True,
        model_package_group_name="CardFraud",
    )

    image_uri = sagemaker.image_uris.retrieve("xgboost", region=region, version="1.7-1")
    xgb = Estimator(image_uri=image_uri, role=role, instance_type="ml.m5.2xlarge", instance_count=1,
                    output_path=f"s3://{default_bucket}/fraud/models")
    xgb.set_hyperparameters(objective="binary:logistic", num_round=300, max_depth=6, eta=0.1, scale_pos_weight=25)
    step_train = TrainingStep(
        name="TrainFraudXGB",
        estimator=xgb,
        inputs={
            "train": TrainingInput(step_process.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri, content_type="text/csv"),
            "validation": TrainingInput(step_process.properties.ProcessingOutputConfig.Outputs["validation"].S3Output.S3Uri, content_type="text/csv"),
        },
    )

    evaluation_report = PropertyFile(name="EvaluationReport", output_name="evaluation", path="evaluation.json")
    step_eval = ProcessingStep(
        name="EvaluateFraudXGB",
        processor=ScriptProcessor(image_uri=image_uri, command=["python3"], role=role, instance_type="ml.m5.xlarge", instance_count=1),
        inputs=[
            ProcessingInput(source=step_train.properties.ModelArtifacts.S3ModelArtifacts, destination="/opt/ml/processing/model"),
            ProcessingInput(source=step_process.properties.ProcessingOutputConfig.Outputs["test"].S3Output.S3Uri, destination="/opt/ml/processing/test"),
        ],
        outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
        code="code/evaluate.py",
        property_files=[evaluation_report],
    )

    model_metrics = ModelMetrics(
        model_statistics=MetricsSource(s3_uri=f"s3://{default_bucket}/fraud/evaluation/evaluation.json", content_type="application/json")
    )
    step_register = RegisterModel(
        name="RegisterFraudModel",
        estimator=xgb,
        model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
        content_types=["text/csv"],
        response_types=["text/csv"],
        inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"],
        model_package_group_name="CardFraud",
        approval_status=approval_status,
        model_metrics=model_metrics,
    )
    step_fail = FailStep(name="AucTooLow", error_message="Validation AUC below threshold, not registering")

    cond_auc = ConditionGreaterThanOrEqualTo(
        left=JsonGet(step_name=step_eval.name, property_file=evaluation_report, json_path="binary_classification_metrics.auc.value"),
        right=auc_threshold,
    )
    step_cond = ConditionStep(name="CheckAuc", conditions=[cond_auc], if_steps=[step_register], else_steps=[step_fail])

    return Pipeline(
        name=pipeline_name,
        parameters=[input_data, auc_threshold, approval_status],
        steps=[step_process, step_data_quality, step_train, step_eval, step_cond],
        sagemaker_session=session,
    )
