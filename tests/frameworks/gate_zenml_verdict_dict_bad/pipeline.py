"""Fine-tune, evaluate, decide, publish."""

from zenml import pipeline

from steps.evaluator import evaluate_captioner
from steps.promoter import decide_promotion
from steps.publisher import publish_weights
from steps.trainer import finetune_captioner


@pipeline
def captioner_release(repo_id: str = "acme/captioner"):
    weights_dir = finetune_captioner()
    metrics = evaluate_captioner(weights_dir)
    promotion = decide_promotion(metrics)
    publish_weights(weights_dir=weights_dir, promotion=promotion, repo_id=repo_id)
