"""Ray Serve application for the ETA model (`serve run serve_config.yaml`)."""
from __future__ import annotations

import logging
import os

import numpy as np
import torch
from ray import serve
from starlette.requests import Request
from starlette.responses import JSONResponse

from eta.model import EtaNet
from eta.utils import featurise, load_checkpoint
from monitoring.metrics import ServeMetrics

logger = logging.getLogger("ray.serve")

REQUIRED = ("pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon", "pickup_ts")


@serve.deployment(
    num_replicas="auto",
    ray_actor_options={"num_cpus": 1},
    autoscaling_config={"min_replicas": 2, "max_replicas": 8, "target_ongoing_requests": 16},
)
class EtaPredictor:
    def __init__(self, checkpoint_uri: str) -> None:
        torch.set_num_threads(1)
        self.model = load_checkpoint(EtaNet(), checkpoint_uri).eval()
        self.metrics = ServeMetrics()
        logger.info("loaded ETA checkpoint %s", checkpoint_uri)

    @serve.batch(max_batch_size=64, batch_wait_timeout_s=0.005)
    async def predict_batch(self, rows: list[dict]) -> list[float]:
        feats = np.stack([featurise(r) for r in rows])
        for f in feats:
            self.metrics.check_drift(float(f[0]))
        with self.metrics.timed(), torch.inference_mode():
            out = self.model(torch.from_numpy(feats)).squeeze(-1)
        return torch.expm1(out).clamp(min=1.0).tolist()

    async def __call__(self, request: Request) -> JSONResponse:
        self.metrics.record_request()
        payload = await request.json()
        missing = [k for k in REQUIRED if k not in payload]
        if missing:
            return JSONResponse({"error": f"missing fields: {missing}"}, status_code=422)
        minutes = await self.predict_batch(payload)
        return JSONResponse({"eta_minutes": round(minutes, 1)})


app = EtaPredictor.bind(os.environ.get("ETA_CHECKPOINT", "s3://couriers-ml/eta/models/latest.pt"))
