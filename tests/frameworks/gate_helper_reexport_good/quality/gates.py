MIN_RECALL = 0.7


def passes_gate(metrics: dict, champion: dict) -> bool:
    return metrics["recall"] >= MIN_RECALL and metrics["f1"] > champion["f1"]
