import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from zenml import step


@step
def train_classifier(features: pd.DataFrame) -> RandomForestClassifier:
    model = RandomForestClassifier(n_estimators=200)
    model.fit(features.drop(columns="label"), features["label"])
    return model
