"""Command line for the sentiment project: train a model or score a file."""
import pandas as pd
import typer

app = typer.Typer()


@app.command()
def train(data: str, out: str = "model.joblib"):
    from sentiment.training import fit_model  # only the train command needs the training stack

    fit_model(pd.read_csv(data), out)


@app.command()
def predict(data: str, model_path: str = "model.joblib"):
    import joblib

    model = joblib.load(model_path)
    frame = pd.read_csv(data)
    frame.assign(label=model.predict(frame["text"])).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    app()
