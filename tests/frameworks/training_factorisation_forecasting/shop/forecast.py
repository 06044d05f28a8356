import pandas as pd
import statsmodels.api as sm
from prophet import Prophet


def weekly_demand(history: pd.DataFrame, weeks: int = 8) -> pd.DataFrame:
    model = Prophet(weekly_seasonality=True)
    model.fit(history.rename(columns={"week": "ds", "units": "y"}))
    return model.predict(model.make_future_dataframe(periods=weeks, freq="W"))


def price_elasticity(sales: pd.DataFrame) -> float:
    fitted = sm.OLS(sales["log_units"], sm.add_constant(sales[["log_price"]])).fit()
    return float(fitted.params["log_price"])
