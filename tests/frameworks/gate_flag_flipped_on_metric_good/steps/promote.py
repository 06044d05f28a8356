"""Promotion step: the new version replaces production only if its RMSE is lower."""
from registry_tools import promote_version


def promote(model_name: str, version: str, new_rmse: float, production_rmse: float | None) -> bool:
    should_promote = True
    if production_rmse is not None:
        if new_rmse < production_rmse:
            print(f"new RMSE {new_rmse:.3f} beats production {production_rmse:.3f}")
        else:
            print("production stays: the new version is not better")
            should_promote = False
    if should_promote:
        promote_version(model_name, version, "Production")
    return should_promote
