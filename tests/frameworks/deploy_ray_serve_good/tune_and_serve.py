"""Tune a LightGBM fraud model with Ray; serve the best trial only if it beats the bar."""
import lightgbm
from ray import serve, tune
from ray.train import ScalingConfig
from ray.train.lightgbm import LightGBMTrainer
from ray.tune import TuneConfig, Tuner
from starlette.requests import Request

MAX_LOGLOSS = 0.21


@serve.deployment(num_replicas=2)
class FraudScorer:
    def __init__(self, checkpoint):
        self.booster = lightgbm.Booster(model_file=f"{checkpoint.path}/model.txt")

    async def __call__(self, request: Request) -> dict:
        rows = await request.json()
        return {"fraud_probability": self.booster.predict(rows["features"]).tolist()}


@serve.deployment
class Health:
    def __init__(self, banner: str):
        self.banner = banner

    async def __call__(self, request: Request) -> str:
        return self.banner


def main(train_ds, valid_ds) -> None:
    trainer = LightGBMTrainer(label_column="is_fraud", params={"objective": "binary"},
                              datasets={"train": train_ds, "valid": valid_ds},
                              scaling_config=ScalingConfig(num_workers=2))
    tuner = Tuner(trainer, param_space={"params": {"num_leaves": tune.randint(16, 128)}},
                  tune_config=TuneConfig(num_samples=8, metric="valid-binary_logloss", mode="min"))
    best = tuner.fit().get_best_result()
    serve.run(Health.bind("fraud scorer starting"), name="health", route_prefix="/health")
    if best.metrics["valid-binary_logloss"] > MAX_LOGLOSS:
        raise SystemExit("best trial misses the log-loss bar: keeping the current scorer")
    serve.run(FraudScorer.bind(best.checkpoint), route_prefix="/fraud")
