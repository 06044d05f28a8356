from dataclasses import dataclass


@dataclass(frozen=True)
class TrainConfig:
    base_model: str = "distilroberta-base"
    epochs: int = 3
    lr: float = 2e-5
    batch_size: int = 32
    min_f1: float = 0.88
    registered_name: str = "review-sentiment"


LABELS = ["negative", "neutral", "positive"]
