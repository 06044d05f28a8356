"""Declarative Ludwig training from a YAML config."""
import yaml
from ludwig.api import LudwigModel


def train_from_config(config_path: str, train_csv: str, output_dir: str) -> str:
    with open(config_path) as handle:
        config = yaml.safe_load(handle)
    model = LudwigModel(config=config)
    train_stats, _, run_dir = model.train(dataset=train_csv, output_directory=output_dir)
    return run_dir


def full_experiment(config: dict, dataset_csv: str):
    return LudwigModel(config=config).experiment(dataset=dataset_csv, experiment_name="churn")
