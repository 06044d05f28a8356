"""Weekly retrain-and-release job."""
import json

from ctr.evaluation import better_than_production
from ctr.train import train
from release.common import push_to_endpoint


def main(train_path: str, valid_path: str, production_metrics_path: str, upload) -> None:
    metrics = train(train_path, valid_path, "/tmp/ctr.txt")
    with open(production_metrics_path) as fh:
        production = json.load(fh)
    if not better_than_production(metrics, production):
        print("candidate regresses logloss; skipping release")
        return
    push_to_endpoint(upload("/tmp/ctr.txt"))
