from zenml import pipeline

from steps.fit import fit_regressor
from steps.load import load_reviews


@pipeline(enable_cache=False)
def train_pipeline(data_path: str):
    frame = load_reviews(data_path)
    fit_regressor(frame)
