"""The path resolver of file-based releases (model/releases/file_paths.py) and the facts it reads."""

from __future__ import annotations

import pytest

from pytest_mllens.facts.extraction.extract import extract_facts
from pytest_mllens.model.releases.file_paths import bound_path, call_path, config_key_of, config_source, is_run_input, model_files, reads_platform_folder


def _facts(text: str):
    return extract_facts(text, path="job.py", module="job")


def _refs(text: str, kind: str) -> dict[tuple[str, str], str]:
    return {(scope, name): value for scope, name, found, value in _facts(text).extra.get("path_refs", ()) if found == kind}


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("models/latest/model.joblib", True),
        ("intent_weights.pt", True),
        ("pytorch_model.bin", True),
        ("xgb_model.json", True),
        ("metrics.json", False),
        ("scaler.pkl", False),
        ("label_encoder.pkl", False),
        ("train.parquet", False),
        (".pkl", False),
    ],
)
def test_model_file_names(name: str, model: bool) -> None:
    """A model artefact's extension makes a file name a model's, unless the name says it is a companion or a report."""
    assert model_files().is_model_file(name) is model


def test_config_keys_of_subscripts_attributes_and_fallbacks() -> None:
    """Subscript chains, attribute chains on a config object and `a or cfg[...]` give the key path; the environment gives none."""
    refs = _refs(
        """
import os, joblib
def train(cfg, model):
    joblib.dump(model, cfg["paths"]["model_output"])
    target = cfg.paths.model_output
    fallback = given or config["model"]["path"]
    bucket = os.environ["MODEL_BUCKET"]
""",
        "config",
    )
    assert refs == {("train", "#0"): "paths.model_output", ("train", "target"): "paths.model_output", ("train", "fallback"): "model.path"}


def test_config_key_of_an_attribute_set_in_another_method() -> None:
    """`self.model_path` set from a config key in __init__ is found from another method of the class."""
    facts = _facts(
        """
class Predictor:
    def __init__(self, config):
        self.model_path = config["paths"]["model"]
    def load(self):
        return joblib.load(self.model_path)
"""
    )
    assert config_key_of(facts, "Predictor.load", "self.model_path") == "paths.model"


def test_the_config_file_a_module_reads_is_named() -> None:
    """The literal file a YAML reader opens is the config the finding names."""
    facts = _facts('import yaml\nwith open("params.yaml") as f:\n    cfg = yaml.safe_load(f)\n')
    assert config_source(facts) == "params.yaml"


def test_folder_variables_resolve_through_environment_defaults_and_joins() -> None:
    """A folder bound to Path(os.environ.get(NAME, BASE / "models" / "latest")) joined with a file name resolves past the computed base."""
    facts = _facts(
        """
import os
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent.parent
MODEL_DIR = Path(os.environ.get("MODEL_DIR", BASE_DIR / "models" / "latest"))
model_file = MODEL_DIR / "model.joblib"
"""
    )
    assert bound_path(facts, "", "model_file") == "{}/models/latest/model.joblib"


def test_the_working_directory_is_a_run_time_folder() -> None:
    """os.path.join(os.getcwd(), "src", "models") then a file name gives {}/src/models/<file>."""
    facts = _facts(
        """
import os
model_dir = os.path.join(os.getcwd(), "src", "models")
model_path = os.path.join(model_dir, "model.pkl")
"""
    )
    assert bound_path(facts, "", "model_path") == "{}/src/models/model.pkl"


def test_a_folder_the_step_is_handed_is_no_run_time_folder() -> None:
    """A parameter or an argparse namespace holds a pipeline step's folder: the join does not resolve."""
    facts = _facts(
        """
import argparse, os, torch
def save(model, out_dir):
    torch.save(model, os.path.join(out_dir, "weights.pt"))
args = argparse.ArgumentParser().parse_args()
"""
    )
    join = next(i for i, c in enumerate(facts.calls) if c.name == "os.path.join")
    assert call_path(facts, join) == ""
    assert is_run_input(facts, "save", "out_dir")
    assert is_run_input(facts, "", "args.model_dir")
    assert not is_run_input(facts, "", "LOG_DIR")


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ('import os\nd = os.environ["AZUREML_MODEL_DIR"]\n', True),
        ('import os\nd = os.getenv("SM_MODEL_DIR")\n', True),
        ('def initialize(self, context):\n    d = context.system_properties.get("model_dir")\n', True),
        ('import os\nd = os.getenv("MODEL_DIR", "models")\n', False),
    ],
)
def test_platform_model_folders(text: str, platform: bool) -> None:
    """A module reading a serving platform's model folder is recognised (its files come from registration or packaging)."""
    assert reads_platform_folder(_facts(text)) is platform


def test_a_settings_dict_default_is_the_path() -> None:
    """`settings.get("model_path", "models/model.pkl")` holds its default path, as an environment lookup does; a non-path key does not."""
    facts = _facts('MODEL_PATH = settings.get("model_path", "models/model.pkl")\nTHRESHOLD = settings.get("threshold", "0.5")\n')
    assert bound_path(facts, "", "MODEL_PATH") == "models/model.pkl"
    assert bound_path(facts, "", "THRESHOLD") == ""
