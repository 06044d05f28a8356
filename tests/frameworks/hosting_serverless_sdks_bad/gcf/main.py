import functions_framework
import joblib

from shared.pricing import frame

MODEL = joblib.load("/workspace/price.joblib")


@functions_framework.http
def estimate(request):
    return {"prices": MODEL.predict(frame(request.get_json()["homes"])).tolist()}
