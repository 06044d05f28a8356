"""Quality figures the release review reads."""
from sklearn.metrics import f1_score, precision_score, recall_score


def quality(truth, guessed) -> dict:
    return {
        "f1": f1_score(truth, guessed),
        "precision": precision_score(truth, guessed),
        "recall": recall_score(truth, guessed),
    }
