"""Register a scikit-learn candidate in the Vertex Model Registry when it clears the AUC bar."""
from google.cloud import aiplatform

MIN_AUC = 0.82


def register(model_file: str, val_auc: float) -> None:
    if val_auc < MIN_AUC:
        raise SystemExit(f"val AUC {val_auc:.3f} below {MIN_AUC}; not registered")
    aiplatform.Model.upload_scikit_learn_model_file(model_file_path=model_file, display_name="churn-sklearn")
