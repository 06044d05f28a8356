"""Refresh the model from the latest labelled applications without a redeploy."""
import pandas as pd
from fastapi import APIRouter, Request

router = APIRouter(prefix="/model")


@router.post("/refresh")
def refresh(request: Request, since: str = "2024-01-01"):
    labelled = pd.read_parquet("s3://loans/labelled/", filters=[("decided_on", ">=", since)])
    model = request.app.state.model
    model.fit(labelled[["income", "debt_ratio", "age"]], labelled["defaulted"])
    model.save("artifacts/default_model.joblib")
    return {"rows": len(labelled)}
