"""Score the fine-tuned captioner on the held-out pairs."""

from typing import Dict

from zenml import step


@step
def evaluate_captioner(weights_dir: str) -> Dict:
    scores = score_heldout(weights_dir)
    return {"bleu": scores.bleu, "p95_latency_s": scores.latency_p95}
