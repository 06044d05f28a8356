"""Command line for the sentiment project: train a model or score a file."""
import pandas as pd
import typer

from sentiment.training import fit_model

app = typer.Typer()


@app.command()
def train(data: str, out: str = "model.joblib"):
    fit_model(pd.read_csv(data), out)


@app.command()
def predict(data: str, model_path: str = "model.joblib"):
    import joblib

    model = joblib.load(model_path)
    frame = pd.read_csv(data)
    frame.assign(label=model.predict(frame["text"])).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    app()
