"""Operations entry point of the ratings service (the container runs `python manage.py run`)."""
import typer
import uvicorn

cli = typer.Typer()


@cli.command()
def run(port: int = 8080, workers: int = 2):
    uvicorn.run("ratings.api:app", host="0.0.0.0", port=port, workers=workers)


@cli.command()
def refit(ratings: str = "data/ratings.parquet", out: str = "models/als.joblib"):
    from ratings.fit import fit_factors

    fit_factors(ratings, out)


if __name__ == "__main__":
    cli()
