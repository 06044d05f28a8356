"""The nightly flow: evaluation and pushing are separate steps; the pusher gets the evaluation's artifact."""
import pickle

from churnflow.pusher import ModelPusher


def push_step(version: str) -> bool:
    with open("artifacts/evaluation.pkl", "rb") as handle:
        evaluation_artifact = pickle.load(handle)
    return ModelPusher().push(evaluation_artifact, version)
