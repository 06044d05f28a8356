from google.cloud.aiplatform.prediction import LocalModel

from prediction.predictor import PurchasePredictor

if __name__ == "__main__":
    local_model = LocalModel.build_cpr_model(
        "prediction",
        "europe-west4-docker.pkg.dev/shop-ml/cpr/purchase:latest",
        predictor=PurchasePredictor,
        requirements_path="prediction/requirements.txt",
    )
    local_model.push_image()
