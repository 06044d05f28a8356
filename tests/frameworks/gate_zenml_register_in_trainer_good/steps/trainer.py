"""ZenML step: fit the classifier (registration happens after evaluation)."""
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from zenml import step


@step
def train_model(train: pd.DataFrame, target: str = "label") -> RandomForestClassifier:
    return RandomForestClassifier(n_estimators=200).fit(train.drop(columns=[target]), train[target])
