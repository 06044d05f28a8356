import pandas as pd
from fbprophet import Prophet
from sklearn.mixture import GaussianMixture
from sklearn.neighbors import LocalOutlierFactor


def store_forecast(history: pd.DataFrame) -> Prophet:
    model = Prophet(yearly_seasonality=True)
    model.fit(history)
    return model


def demand_regimes(daily: pd.DataFrame) -> pd.Series:
    return pd.Series(GaussianMixture(n_components=3).fit_predict(daily[["units"]]), index=daily.index)


def odd_days(daily: pd.DataFrame) -> pd.Series:
    return pd.Series(LocalOutlierFactor(n_neighbors=20).fit_predict(daily[["units", "returns"]]) == -1, index=daily.index)
