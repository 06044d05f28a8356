import joblib
import pandas as pd
import typer


def train() -> None:
    from forecast.training import train as fit  # only the train command loads the training stack

    fit()


def predict(features: str, model_path: str = "models/demand.joblib", out: str = "forecast.csv") -> None:
    model = joblib.load(model_path)
    frame = pd.read_parquet(features)
    frame.assign(units=model.predict(frame)).to_csv(out, index=False)


app = typer.Typer(help="Demand forecasting")
app.command()(train)
app.command()(predict)

if __name__ == "__main__":
    app()
