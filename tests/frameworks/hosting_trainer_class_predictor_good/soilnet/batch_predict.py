"""Run by the nightly job as `python -m soilnet.batch_predict`: scores every station's latest readings."""
import pandas as pd
import torch

from soilnet.models.network import MoistureNet
from soilnet.models.predictor import Predictor

readings = pd.read_parquet("data/latest_readings.parquet")
features = torch.tensor(readings.drop(columns=["station"]).values, dtype=torch.float32)
predictor = Predictor(MoistureNet(features.shape[1]))
predictor.load_checkpoint("checkpoints/best.pt")
readings["moisture"] = predictor.predict(features).numpy()
readings[["station", "moisture"]].to_parquet("data/moisture_forecast.parquet")
