import click

from pipelines.deployment import credit_limit_deployment


@click.command()
@click.option("--min-r2", default=0.6)
def main(min_r2: float = 0.6) -> None:
    credit_limit_deployment(min_r2=min_r2)


if __name__ == "__main__":
    main()
