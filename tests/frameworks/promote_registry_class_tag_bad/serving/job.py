"""Weekly job: retrain and make the new version the one the predictor serves."""
from mlflow.tracking import MlflowClient

from serving.registry import StageRegistry
from serving.trainer import retrain

registry = StageRegistry(MlflowClient())


def main(name: str = "titanic") -> None:
    accuracy = retrain(name)
    print(f"{name}: accuracy {accuracy:.3f}")
    registry.move(name, "promote")


if __name__ == "__main__":
    main()
