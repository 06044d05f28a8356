"""Tag a batch of sentences from the command line with the last checkpoint."""
import click
import torch

from tag_runner import TagRunner
from network import TaggerNet


@click.command()
@click.argument("token_file")
@click.option("--checkpoint", default="checkpoints/tagger.pt")
def main(token_file: str, checkpoint: str) -> None:
    runner = TagRunner(TaggerNet(), checkpoint)
    tags = runner.predict(torch.load(token_file))
    click.echo(tags.tolist())


if __name__ == "__main__":
    main()
