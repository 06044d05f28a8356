import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from zenml import step


@step
def fit_classifier(features: pd.DataFrame, target: pd.Series) -> HistGradientBoostingClassifier:
    model = HistGradientBoostingClassifier(max_iter=250)
    model.fit(features, target)
    return model
