import functions_framework
import joblib

from shared.features import frame

MODEL = joblib.load("price.joblib")


@functions_framework.http
def estimate(request):
    return {"prices": MODEL.predict(frame(request.get_json()["homes"])).tolist()}
