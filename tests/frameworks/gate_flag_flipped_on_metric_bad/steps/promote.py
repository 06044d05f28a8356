"""Promotion step: promote unless this is a dry run (the RMSE is only reported)."""
from registry_tools import promote_version


def promote(model_name: str, version: str, new_rmse: float, dry_run: bool) -> bool:
    should_promote = True
    print(f"new RMSE {new_rmse:.3f}")
    if dry_run:
        should_promote = False
    if should_promote:
        promote_version(model_name, version, "Production")
    return should_promote
