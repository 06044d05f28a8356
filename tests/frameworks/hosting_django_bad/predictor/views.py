import json

import joblib
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .training import COLUMNS

MODEL = joblib.load("predictor/artifacts/rf.joblib")


@require_POST
def estimate(request):
    payload = json.loads(request.body)
    price = MODEL.predict([[payload[c] for c in COLUMNS]])[0]
    return JsonResponse({"price": round(float(price), 2)})
