"""Pieces of the file-handoff releases: str.format path templates, object keys of URIs, folder
listings, companion artefacts and attributes a class binds (model/releases/file_handoffs.py,
listed_folders.py, file_paths.py)."""

from __future__ import annotations

import pytest

from pytest_mllens.facts.extraction.extract import extract_facts
from pytest_mllens.facts.records import CallFact
from pytest_mllens.model.releases.file_handoffs import is_companion
from pytest_mllens.model.releases.file_paths import bound_path, call_path, object_key
from pytest_mllens.model.releases.file_releases import _key_fits
from pytest_mllens.model.releases.listed_folders import listed_folder


def _facts(text: str):
    return extract_facts(text, path="job.py", module="job")


def test_a_str_format_path_is_kept_as_a_template_of_its_own_call() -> None:
    """`"models/prod-{}-{}.joblib".format(...)` is recorded like an f-string; a message is not."""
    facts = _facts('import os\nMODEL_DIR = "models"\npath = os.path.join(MODEL_DIR, "prod-{}-{:02d}.joblib".format(tag, n))\nprint("done {}".format(path))\n')
    join = next(i for i, c in enumerate(facts.calls) if c.name == "os.path.join")
    assert call_path(facts, join) == "models/prod-{}-{}.joblib"
    assert [text for _, name, text in facts.extra["strings"] if name.startswith("#")] == ["prod-{}-{}.joblib"]


@pytest.mark.parametrize(
    ("uri", "key"),
    [
        ("s3://food-models/cnn/current/model.h5", "cnn/current/model.h5"),
        ("s3://{}/{}/output/model.h5", "{}/output/model.h5"),
        ("gs://bucket/models/model.joblib", "models/model.joblib"),
        ("s3://bucket-only", ""),
        ("models/model.h5", ""),
    ],
)
def test_object_keys_of_uris(uri: str, key: str) -> None:
    """An s3:// or gs:// URI names the key after its bucket; a bare bucket or a local path names none."""
    assert object_key(uri) == key


def test_key_templates_fit_keys_with_the_same_fixed_parts() -> None:
    """A key template matches a key that keeps its fixed parts in order and its file name."""
    assert _key_fits("{}/output/cnn_model.h5", "subfolder_prefix/output/cnn_model.h5")
    assert not _key_fits("{}/output/cnn_model.h5", "subfolder_prefix/output/other.h5")
    assert not _key_fits("{}/output/{}", "a/output/b")


@pytest.mark.parametrize(
    ("source", "folder"),
    [
        ('import os, joblib\ndef load():\n    names = os.listdir("models")\n    return joblib.load(os.path.join("models", names[-1]))\n', "models"),
        ('import glob, os, joblib\nMODEL_DIR = os.getenv("MODEL_DIR", "artifacts/models")\ndef load():\n    newest = max(glob.glob(MODEL_DIR + "/*.pkl"), key=os.path.getmtime)\n    return joblib.load(newest)\n', "artifacts/models"),
        ('import joblib\nfrom pathlib import Path\ndef load():\n    latest = sorted(Path("models").glob("*.joblib"))\n    return joblib.load(latest[-1])\n', "models"),
        ('import os, joblib\ndef load(path):\n    os.listdir("models")\n    return joblib.load(path)\n', ""),
        # the listing inside the load's own argument, and a name bound to a call over a name bound to it
        ('import glob, joblib\ndef load():\n    return joblib.load(max(glob.glob("models/*.joblib")))\n', "models"),
        ('import glob, os, joblib\ndef load():\n    files = glob.glob("models/*.pkl")\n    latest = max(files, key=os.path.getmtime)\n    return joblib.load(latest)\n', "models"),
        ('import glob, os, joblib\ndef load(path):\n    files = glob.glob("models/*.pkl")\n    print(max(files))\n    return joblib.load(path)\n', ""),
    ],
)
def test_a_load_picks_from_the_folder_its_function_lists(source: str, folder: str) -> None:
    """A load of the folder joined with a listed name, or of a name bound to the listing, picks from that folder; a load of a parameter does not."""
    facts = _facts(source)
    load = next(i for i, c in enumerate(facts.calls) if c.name == "joblib.load")
    found = listed_folder(facts, load, load)
    assert (found.folder if found else "") == folder


@pytest.mark.parametrize(
    ("call", "companion"),
    [
        (CallFact("transformers.AutoTokenizer.from_pretrained.save_pretrained", True, 1, 0, "", receiver="tokenizer"), True),
        (CallFact("transformers.AutoTokenizer.from_pretrained", True, 1, 0, "", receiver="AutoTokenizer"), True),
        (CallFact("pickle.dump", True, 1, 0, "", arg_names=("vectorizer", "f"), receiver="pickle"), True),
        (CallFact("joblib.load", True, 1, 0, "", assigned_to="self.scaler", receiver="joblib"), True),
        (CallFact("transformers.Trainer.save_model", True, 1, 0, "", receiver="trainer"), False),
        (CallFact("pickle.dump", True, 1, 0, "", arg_names=("model", "f"), receiver="pickle"), False),
        (CallFact("transformers.AutoModelForSequenceClassification.from_pretrained", True, 1, 0, "", receiver="AutoModelForSequenceClassification"), False),
    ],
)
def test_companions_are_named_by_receiver_class_saved_object_or_target(call: CallFact, companion: bool) -> None:
    """A tokenizer, vectorizer or scaler saved or loaded beside the model is a companion, not the model."""
    assert is_companion(call) is companion


def test_an_attribute_bound_in_init_resolves_in_another_method() -> None:
    """`self.model_path` joined in __init__ is the path another method of the class opens."""
    facts = _facts('import os\nclass Predictor:\n    def __init__(self):\n        self.model_path = os.path.join("artifacts", "model.pkl")\n    def load(self):\n        return open(self.model_path, "rb")\n')
    assert bound_path(facts, "Predictor.load", "self.model_path") == "artifacts/model.pkl"


def test_a_pathlib_join_with_a_dated_file_name_is_a_template() -> None:
    """`MODEL_DIR / f"churn_{stamp}.pkl"` keeps the f-string's fixed text under the folder's path."""
    facts = _facts('from pathlib import Path\nMODEL_DIR = Path("models")\ndef save(model, stamp):\n    path = MODEL_DIR / f"churn_{stamp}.pkl"\n')
    assert bound_path(facts, "save", "path") == "models/churn_{}.pkl"


def test_a_local_name_for_a_module_constant_resolves() -> None:
    """`model_path = MODEL_DIR` in a function resolves to the constant's folder."""
    facts = _facts('import os\nMODEL_DIR = os.path.join("models")\ndef train(model):\n    model_path = MODEL_DIR\n    return model_path\n')
    assert bound_path(facts, "train", "model_path") == "models"


def test_a_loader_lists_the_folder_its_parameter_defaults_to() -> None:
    """`def model_load(model_dir=MODEL_DIR)` listing model_dir picks from MODEL_DIR; a helper's default is not read elsewhere."""
    facts = _facts('import os, joblib\nMODEL_DIR = "models"\ndef model_load(model_dir=MODEL_DIR):\n    names = [f for f in os.listdir(model_dir) if f.endswith(".joblib")]\n    return [joblib.load(os.path.join(model_dir, name)) for name in names]\ndef save(model, path="models/x.joblib"):\n    joblib.dump(model, path)\n')
    load = next(i for i, c in enumerate(facts.calls) if c.name == "joblib.load")
    found = listed_folder(facts, load, load)
    assert found is not None and found.folder == "models"
    assert bound_path(facts, "save", "path") == ""


def test_a_constructor_folder_parameter_keeps_its_default() -> None:
    """`self.models_dir = Path(models_dir)` in __init__ with `models_dir="models"` is the models folder."""
    facts = _facts('from pathlib import Path\nclass Service:\n    def __init__(self, models_dir="models"):\n        self.models_dir = Path(models_dir)\n')
    assert bound_path(facts, "Service.load", "self.models_dir") == "models"
