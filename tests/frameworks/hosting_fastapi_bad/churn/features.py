FEATURES = ["tenure_months", "monthly_charges", "support_calls_90d"]


def build_row(payload: dict) -> list[float]:
    return [float(payload[name]) for name in FEATURES]
