"""Point the `champion` alias of the churn classifier at a freshly registered version.

Without a champion yet, the candidate must still clear a fixed F1 floor; with one, it must
beat it. A run whose scores went missing stops before anything is promoted."""
from mlflow import MlflowClient

client = MlflowClient()
MODEL = "churn-classifier"
MIN_F1 = 0.72


def champion_f1() -> float | None:
    try:
        current = client.get_model_version_by_alias(MODEL, "champion")
    except Exception:
        return None
    return float(client.get_run(current.run_id).data.metrics["f1"])


def point_alias(version: str, alias: str) -> None:
    client.set_registered_model_alias(MODEL, alias, version)


def decide(version: str, candidate_f1: float) -> bool:
    baseline_f1 = champion_f1()
    if baseline_f1 is None:
        if candidate_f1 >= MIN_F1:
            point_alias(version, "champion")
            return True
        return False
    if candidate_f1 > baseline_f1:
        point_alias(version, "champion")
        return True
    return False


def promote_best(version: str, best_f1: float | None) -> None:
    if best_f1 is None:
        raise RuntimeError("the tuning run logged no F1")
    if best_f1 < MIN_F1:
        raise RuntimeError(f"best F1 {best_f1:.3f} is under {MIN_F1}")
    client.set_registered_model_alias(MODEL, "champion", version)
