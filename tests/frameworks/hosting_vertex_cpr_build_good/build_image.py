from google.cloud import aiplatform
from google.cloud.aiplatform import model_monitoring
from google.cloud.aiplatform.prediction import LocalModel

from predictor_src.fraud_predictor import FraudPredictor

local_model = LocalModel.build_cpr_model("predictor_src", "europe-docker.pkg.dev/risk/serving/fraud-cpr:latest", predictor=FraudPredictor)
local_model.push_image()

skew = model_monitoring.SkewDetectionConfig(data_source="bq://risk.fraud.training", skew_thresholds={"amount": 0.3}, target_field="is_fraud")
drift = model_monitoring.DriftDetectionConfig(drift_thresholds={"amount": 0.3, "merchant_risk": 0.3})
objective = model_monitoring.ObjectiveConfig(skew, drift)
