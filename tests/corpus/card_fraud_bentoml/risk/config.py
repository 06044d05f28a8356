import os

MLFLOW_TRACKING_URI = os.environ.get("MLFLOW_TRACKING_URI", "https://mlflow.risk.internal")
EXPERIMENT = "card-fraud"
REGISTERED_MODEL = "card-fraud-lgbm"
BENTO_MODEL = "fraud_lgbm"

# out-of-time validation window in days
OOT_DAYS = 28

# quality bars agreed with the fraud ops team (Q2 review)
MIN_AUC = 0.935
MIN_PR_AUC = 0.41
MIN_UPLIFT = 0.002

# decision threshold used by the service (tuned for 0.5% alert rate)
DECISION_THRESHOLD = float(os.environ.get("FRAUD_THRESHOLD", "0.83"))

LGBM_PARAMS = {
    "objective": "binary",
    "learning_rate": 0.03,
    "num_leaves": 255,
    "min_data_in_leaf": 200,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "scale_pos_weight": 25.0,
    "verbose": -1,
}
