import joblib
from django.apps import AppConfig

from .train import N_NEIGHBOURS


class RecommenderConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "recommender"

    def ready(self):
        # load once per worker, when Django starts
        self.model = joblib.load("recommender/artifacts/knn.joblib")
        assert self.model.n_neighbors == N_NEIGHBOURS
