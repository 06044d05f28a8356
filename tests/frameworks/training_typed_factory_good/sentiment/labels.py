"""Label names shared by the fine-tune and the scorer."""

LABELS = ["negative", "neutral", "positive"]
