from google.cloud.aiplatform.prediction import LocalModel

from predictor_src.fraud_predictor import FraudPredictor

local_model = LocalModel.build_cpr_model(
    "predictor_src",
    "europe-docker.pkg.dev/risk/serving/fraud-cpr:latest",
    predictor=FraudPredictor,
    requirements_path="predictor_src/requirements.txt",
)
local_model.push_image()
