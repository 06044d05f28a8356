"""Pipeline steps that check data quality, model quality, bias and explainability against baselines."""

from sagemaker.clarify import BiasConfig, DataConfig, ModelConfig, ModelPredictedLabelConfig, SHAPConfig
from sagemaker.model_monitor import DatasetFormat
from sagemaker.workflow.check_job_config import CheckJobConfig
from sagemaker.workflow.clarify_check_step import ClarifyCheckStep, ModelBiasCheckConfig, ModelExplainabilityCheckConfig
from sagemaker.workflow.quality_check_step import DataQualityCheckConfig, ModelQualityCheckConfig, QualityCheckStep


def check_steps(role, session, train_uri, predictions_uri, model_name, bucket):
    job = CheckJobConfig(role=role, instance_count=1, instance_type="ml.c5.xlarge", sagemaker_session=session)
    data_quality = QualityCheckStep(
        name="DataQualityCheck",
        quality_check_config=DataQualityCheckConfig(baseline_dataset=train_uri, dataset_format=DatasetFormat.csv(header=False), output_s3_uri=f"s3://{bucket}/checks/data"),
        check_job_config=job,
        skip_check=False,
        register_new_baseline=False,
        model_package_group_name="churn",
    )
    model_quality = QualityCheckStep(
        name="ModelQualityCheck",
        quality_check_config=ModelQualityCheckConfig(baseline_dataset=predictions_uri, dataset_format=DatasetFormat.csv(header=False), problem_type="BinaryClassification", inference_attribute="_c0", ground_truth_attribute="_c1", output_s3_uri=f"s3://{bucket}/checks/model"),
        check_job_config=job,
        model_package_group_name="churn",
    )
    data_config = DataConfig(s3_data_input_path=train_uri, s3_output_path=f"s3://{bucket}/checks/clarify", label=0, dataset_type="text/csv")
    model_config = ModelConfig(model_name=model_name, instance_count=1, instance_type="ml.m5.large")
    bias = ClarifyCheckStep(
        name="ModelBiasCheck",
        clarify_check_config=ModelBiasCheckConfig(data_config=data_config, data_bias_config=BiasConfig(label_values_or_threshold=[1], facet_name=[8]), model_config=model_config, model_predicted_label_config=ModelPredictedLabelConfig(probability_threshold=0.5)),
        check_job_config=job,
        model_package_group_name="churn",
    )
    explainability = ClarifyCheckStep(
        name="ModelExplainabilityCheck",
        clarify_check_config=ModelExplainabilityCheckConfig(data_config=data_config, model_config=model_config, explainability_config=SHAPConfig(seed=123, num_samples=50)),
        check_job_config=job,
        model_package_group_name="churn",
    )
    return [data_quality, model_quality, bias, explainability]
