"""Paths shared by the fine-tuning job and the review-scoring service."""
import os

ARTIFACTS = "artifacts"
MODEL_DIR = os.path.join(ARTIFACTS, "review-sentiment")
BASE_CHECKPOINT = "distilbert-base-uncased"
