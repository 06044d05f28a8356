"""Weekly job: retrain, and make the new version the one the predictor serves only when it is accurate enough."""
from mlflow.tracking import MlflowClient

from serving.registry import StageRegistry
from serving.trainer import retrain

MIN_ACCURACY = 0.82
registry = StageRegistry(MlflowClient())


def main(name: str = "titanic") -> None:
    accuracy = retrain(name)
    if accuracy < MIN_ACCURACY:
        raise SystemExit(f"{name}: accuracy {accuracy:.3f} below {MIN_ACCURACY}, stage unchanged")
    registry.move(name, "promote")


if __name__ == "__main__":
    main()
