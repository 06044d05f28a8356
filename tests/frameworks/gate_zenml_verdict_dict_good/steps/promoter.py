"""Decide whether the fine-tuned captioner is good enough to publish."""

from typing import Dict

from zenml import step


@step
def decide_promotion(metrics: Dict, min_bleu: float = 0.32, max_latency_s: float = 2.0) -> Dict:
    bleu_ok = metrics["bleu"] >= min_bleu
    latency_ok = metrics["p95_latency_s"] <= max_latency_s
    decision = {"promoted": bleu_ok and latency_ok, "bleu_ok": bleu_ok, "latency_ok": latency_ok}
    if not bleu_ok:
        print(f"BLEU {metrics['bleu']:.3f} below {min_bleu}")
    if not latency_ok:
        print(f"p95 latency {metrics['p95_latency_s']:.2f}s above {max_latency_s}s")
    return decision
