PLAN_CODES = {"basic": 0, "plus": 1, "premium": 2}


def encode(record: dict) -> list[float]:
    return [record["tenure_months"], record["monthly_fee"], PLAN_CODES.get(record["plan"], -1)]
