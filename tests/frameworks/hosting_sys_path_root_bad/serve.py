"""Credit-limit API, started from the repository root: `uvicorn serve:app`."""
import sys

sys.path.insert(0, "training")

import joblib  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fit import FEATURES  # noqa: E402

app = FastAPI()
model = joblib.load("artifacts/limit_model.joblib")


@app.post("/limit")
def limit(applicant: dict) -> dict:
    return {"limit": float(model.predict([[applicant[name] for name in FEATURES]])[0])}
