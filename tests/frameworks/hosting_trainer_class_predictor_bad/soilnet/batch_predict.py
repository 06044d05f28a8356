"""Run by the nightly job as `python -m soilnet.batch_predict`: scores every station's latest readings."""
import pandas as pd
import torch

from soilnet.models.network import MoistureNet
from soilnet.models.trainer import Trainer

readings = pd.read_parquet("data/latest_readings.parquet")
features = torch.tensor(readings.drop(columns=["station"]).values, dtype=torch.float32)
trainer = Trainer(MoistureNet(features.shape[1]))
trainer.load_checkpoint("checkpoints/best.pt")
readings["moisture"] = trainer.predict(features).numpy()
readings[["station", "moisture"]].to_parquet("data/moisture_forecast.parquet")
