from .score_batch import score_batch
