import os

import lightgbm as lgb
import pandas as pd
from fastapi import FastAPI
from google.cloud import storage

app = FastAPI()
bucket = storage.Client().bucket(os.environ["MODEL_BUCKET"])
bucket.blob("points/points_model.txt").download_to_filename("/tmp/points_model.txt")
model = lgb.Booster(model_file="/tmp/points_model.txt")


@app.post("/points")
def points(rows: list[dict]):
    return {"points": model.predict(pd.DataFrame(rows)).tolist()}
