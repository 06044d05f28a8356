import joblib
import pandas as pd

_MODEL = joblib.load("artifacts/credit_limit.joblib")


def estimate_limit(income: float, utilisation: float) -> float:
    return float(_MODEL.predict(pd.DataFrame([{"income": income, "utilisation": utilisation}]))[0])
