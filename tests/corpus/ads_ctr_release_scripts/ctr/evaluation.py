"""Offline comparison against the model currently serving traffic."""

MAX_LOGLOSS_REGRESSION = 0.001


def better_than_production(candidate: dict[str, float], production: dict[str, float]) -> bool:
    return candidate["logloss"] <= production["logloss"] + MAX_LOGLOSS_REGRESSION
