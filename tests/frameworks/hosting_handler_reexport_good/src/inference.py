"""Entry point given to SKLearnModel: the toolkit finds the handlers here."""
from handlers import input_fn, model_fn, predict_fn  # noqa: F401
