"""Nightly job: compare each label's flag rate in yesterday's traffic with the validation rate
and page the on-call reviewer when it shifts."""
import json

from moderation.stability import psi

ALERT_AT = 0.2


def drift_rows(baseline_rates: dict[str, float], production_rates: dict[str, float]) -> list[tuple[str, float, bool]]:
    rows = []
    for label, reference in baseline_rates.items():
        score = psi(reference, production_rates.get(label, 0.0))
        rows.append((label, score, score >= ALERT_AT))
    return rows


if __name__ == "__main__":
    with open("reports/validation_rates.json") as handle:
        baseline = json.load(handle)
    with open("reports/yesterday_rates.json") as handle:
        production = json.load(handle)
    for label, score, alert in drift_rows(baseline, production):
        print(f"{label}: psi={score:.3f}{'  ALERT' if alert else ''}")
