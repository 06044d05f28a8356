from fastapi import APIRouter

from churn.features import FEATURE_COLUMNS

router = APIRouter()


@router.get("/features")
def features() -> list[str]:
    return FEATURE_COLUMNS
