from fastapi import APIRouter, Request

router = APIRouter(prefix="/score")


@router.post("")
def score(request: Request, applications: list[dict]):
    model = request.app.state.model
    rows = [[a["income"], a["debt_ratio"], a["age"]] for a in applications]
    return {"default_probability": model.predict_proba(rows).tolist()}
