"""`forecast predict`: the command the stores' nightly job runs to write tomorrow's demand."""
import click
import pandas as pd

from demand.forecasters import forecaster


@click.group()
def cli() -> None:
    pass


@cli.command()
@click.option("--family", default="gbm")
@click.option("--weights", required=True)
@click.option("--rows", required=True)
@click.option("--out", required=True)
def predict(family: str, weights: str, rows: str, out: str) -> None:
    plugin = forecaster(family)
    plugin.load(weights)
    frame = pd.read_parquet(rows)
    frame["units"] = plugin.predict(frame)
    frame.to_parquet(out)


if __name__ == "__main__":
    cli()
