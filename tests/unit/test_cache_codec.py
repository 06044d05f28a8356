"""The cache's pickling of facts (records as value rows) gives back exactly the facts it was given."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

from pytest_mllens.config import Settings
from pytest_mllens.facts.cache_codec import dumps
from pytest_mllens.facts.discovery import discover
from pytest_mllens.facts.parsing import extract_source, read_source
from pytest_mllens.facts.records import CallFact, FileFacts

TESTS = Path(__file__).resolve().parents[1]


def _same(a: object, b: object) -> bool:
    """Equal, of the same type, and, for records, with the same fields in their dictionaries
    (``extra`` and the other fields equality leaves out included)."""
    if type(a) is not type(b):
        return False
    if dataclasses.is_dataclass(a):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))  # type: ignore[arg-type]
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)  # type: ignore[attr-defined]
    return a == b


def _facts(root: Path, kinds: tuple[str, ...]) -> list[FileFacts]:
    settings = Settings()
    sources, _ = discover(root, (*settings.exclude, *settings.extend_exclude), settings.src, settings.notebooks, [])
    found = []
    for source in sources:
        if source.kind in kinds:
            data = read_source(root, source, settings.max_file_size)
            found.append(data if isinstance(data, FileFacts) else extract_source(source, data, settings.max_file_size))
    return found


def test_every_corpus_file_and_sample_notebook_round_trips_field_by_field() -> None:
    """Every corpus file's facts, and every framework sample notebook's (with the files its cells write), pickled by the codec and unpickled, equal the facts extracted, record by record and field by field."""
    every = [*_facts(TESTS / "corpus", ("py", "ipynb", "config")), *_facts(TESTS / "frameworks", ("ipynb",))]
    assert len(every) > 100 and any(f.written for f in every) and any(f.flows for f in every) and any(f.classes for f in every)
    for facts in every:
        back = pickle.loads(dumps(facts))
        assert _same(facts, back), facts.path
        assert back == facts and back.extra == facts.extra


def test_a_cached_property_is_left_out_and_computed_again() -> None:
    """A value a record caches on itself (``CallFact.method``) is not pickled and is computed again after loading."""
    call = CallFact("mlflow.sklearn.log_model", True, 3, 0, "train")
    assert call.method == "log_model"  # cached in the instance's dictionary
    facts = FileFacts("ml/train.py", "ml.train", calls=(call, call))
    back = pickle.loads(dumps(facts))
    assert "method" not in back.calls[0].__dict__
    assert back.calls[0].method == "log_model" and back.calls == facts.calls


def test_the_same_facts_pickle_to_the_same_bytes() -> None:
    """Equal facts pickle to equal bytes (the early cut-off compares the pickles' digests)."""
    make = lambda: FileFacts("a.py", "a", calls=(CallFact("x.y", True, 1, 0, "", keywords=(("k", 1),)),))  # noqa: E731
    assert dumps(make()) == dumps(make())
