"""SageMaker Pipeline: preprocess -> train -> evaluate -> register (only if AUC clears the bar).

    python -m pipelines.sagemaker_pipeline --role arn:aws:iam::123456789012:role/churn-sagemaker --upsert
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

import sagemaker
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput
from sagemaker.model_metrics import MetricsSource, ModelMetrics
from sagemaker.processing import ProcessingInput, ProcessingOutput
from sagemaker.sklearn.processing import SKLearnProcessor
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.fail_step import FailStep
from sagemaker.workflow.functions import Join, JsonGet
from sagemaker.workflow.parameters import ParameterFloat, ParameterInteger, ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_context import PipelineSession
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import ProcessingStep, TrainingStep

logger = logging.getLogger(__name__)

PIPELINE_NAME = "churn-training"
MODEL_PACKAGE_GROUP = "churn-classifier"
SKLEARN_FRAMEWORK_VERSION = "1.2-1"
PROCESSING_INSTANCE = "ml.m5.xlarge"
TRAINING_INSTANCE = "ml.m5.2xlarge"


def get_pipeline(role: str, bucket: str, region: str = "eu-west-1") -> Pipeline:
    session = PipelineSession()
    input_data = ParameterString(name="InputData", default_value=f"s3://{bucket}/crm/latest/")
    min_auc = ParameterFloat(name="MinRocAuc", default_value=0.80)
    approval_status = ParameterString(name="ModelApprovalStatus", default_value="PendingManualApproval")
    training_instance_count = ParameterInteger(name="TrainingInstanceCount", default_value=1)

    processor = SKLearnProcessor(
        framework_version=SKLEARN_FRAMEWORK_VERSION,
        role=role,
        instance_type=PROCESSING_INSTANCE,
        instance_count=1,
        sagemaker_session=session,
    )
    step_prepare = ProcessingStep(
        name="PrepareChurnData",
        step_args=processor.run(
            code="pipelines/steps/prepare.py",
            inputs=[ProcessingInput(source=input_data, destination="/opt/ml/processing/input")],
            outputs=[
                ProcessingOutput(output_name="train", source="/opt/ml/processing/train"),
                ProcessingOutput(output_name="holdout", source="/opt/ml/processing/test"),
            ],
        ),
    )

    image_uri = sagemaker.image_uris.retrieve("sklearn", region=region, version=SKLEARN_FRAMEWORK_VERSION)
    estimator = Estimator(
        image_uri=image_uri,
        role=role,
        instance_type=TRAINING_INSTANCE,
        instance_count=training_instance_count,
        entry_point="src/churn/train.py",
        output_path=f"s3://{bucket}/churn/models",
        sagemaker_session=session,
    )
    step_train = TrainingStep(
        name="TrainChurnModel",
        step_args=estimator.fit(
            inputs={
                "train": TrainingInput(
                    s3_data=step_prepare.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri,
                    content_type="application/x-parquet",
                )
            }
        ),
    )

    evaluation_report = PropertyFile(name="EvaluationReport", output_name="evaluation", path="evaluation.json")
    step_evaluate = ProcessingStep(
        name="EvaluateChurnModel",
        step_args=processor.run(
            code="src/churn/evaluate.py",
            inputs=[
                ProcessingInput(source=step_train.properties.ModelArtifacts.S3ModelArtifacts, destination="/opt/ml/processing/model"),
                ProcessingInput(
                    source=step_prepare.properties.ProcessingOutputConfig.Outputs["holdout"].S3Output.S3Uri,
                    destination="/opt/ml/processing/test",
                ),
            ],
            outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")],
        ),
        property_files=[evaluation_report],
    )

    model_metrics = ModelMetrics(
        model_statistics=MetricsSource(
            s3_uri=Join(on="/", values=[step_evaluate.arguments["ProcessingOutputConfig"]["Outputs"][0]["S3Output"]["S3Uri"], "evaluation.json"]),
            content_type="application/json",
        )
    )
    step_register = RegisterModel(
        name="RegisterChurnModel",
        estimator=estimator,
        model_data=step_train.properties.ModelArtifacts.S3ModelArtifacts,
        content_types=["text/csv", "application/json"],
        response_types=["application/json"],
        inference_instances=["ml.m5.large"],
        transform_instances=["ml.m5.large"],
        model_package_group_name=MODEL_PACKAGE_GROUP,
        approval_status=approval_status,
        model_metrics=model_metrics,
    )
    step_fail = FailStep(
        name="ChurnAucTooLow",
        error_message=Join(on=" ", values=["hold-out ROC AUC is below", min_auc]),
    )
    auc_clears_bar = ConditionGreaterThanOrEqualTo(
        left=JsonGet(step_name=step_evaluate.name, property_file=evaluation_report, json_path="metrics.roc_auc.value"),
        right=min_auc,
    )
    step_check = ConditionStep(
        name="CheckChurnAuc",
        conditions=[auc_clears_bar],
        if_steps=[step_register],
        else_steps=[step_fail],
    )

    return Pipeline(
        name=PIPELINE_NAME,
        parameters=[input_data, min_auc, approval_status, training_instance_count],
        steps=[step_prepare, step_train, step_evaluate, step_check],
        sagemaker_session=session,
    )


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--role", required=True)
    parser.add_argument("--bucket", default="acme-ml-churn")
    parser.add_argument("--upsert", action="store_true", help="create or update the pipeline definition")
    parser.add_argument("--start", action="store_true", help="start an execution after upserting")
    args = parser.parse_args(argv)

    pipeline = get_pipeline(args.role, args.bucket)
    if not args.upsert:
        print(json.dumps(json.loads(pipeline.definition()), indent=2))
        return 0
    pipeline.upsert(role_arn=args.role)
    if args.start:
        execution = pipeline.start()
        logger.info("started %s", execution.arn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
