import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from zenml import step


@step
def train_regressor() -> HistGradientBoostingRegressor:
    df = pd.read_parquet("data/accounts.parquet")
    model = HistGradientBoostingRegressor(max_iter=300)
    model.fit(df[["income", "utilisation"]], df["limit"])
    return model
