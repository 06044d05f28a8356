"""Weekly demand forecasters, one library per product family."""
import pmdarima as pm
from darts.models import ExponentialSmoothing
from neuralprophet import NeuralProphet
from sktime.forecasting.theta import ThetaForecaster


def fit_darts(series):
    model = ExponentialSmoothing()
    model.fit(series)
    return model


def fit_theta(y):
    forecaster = ThetaForecaster(sp=52)
    forecaster.fit(y)
    return forecaster


def fit_arima(y):
    return pm.auto_arima(y, seasonal=True, m=52, suppress_warnings=True)


def fit_neural(frame):
    model = NeuralProphet(weekly_seasonality=True)
    model.fit(frame, freq="W")
    return model
