"""Facts read back from the cache's encoding keep their calls encoded until the field is first
read, and behave exactly as the facts that were stored (equality, hashing, repr, replace, a
second encoding)."""

from __future__ import annotations

import dataclasses
import pickle

from pytest_mllens.facts.cache_codec import dumps
from pytest_mllens.facts.records import CallFact, FileFacts, FunctionFact, GuardFact, ImportFact

FACTS = FileFacts(
    path="serve/app.py",
    module="serve.app",
    calls=(CallFact("joblib.load", True, 4, 8, "", positional=("model.joblib",)), CallFact("model.predict", False, 9, 11, "predict", keywords=(("batch", 32),), guards=(0,))),
    guards=(GuardFact("if", 8, "predict", "if ready:", False),),
    functions=(FunctionFact("predict", 7, params=("rows",)),),
    imports=(ImportFact("joblib", "joblib", 1, 0),),
)


def test_calls_are_decoded_on_first_read_and_equal_the_stored_ones() -> None:
    """Unpickled facts hold their calls encoded; reading the field decodes them once, equal to the stored calls in order and fields."""
    loaded = pickle.loads(dumps(FACTS))
    assert "calls" not in vars(loaded) and "_pending_calls" in vars(loaded)
    assert loaded.calls == FACTS.calls and loaded.calls[1].method == "predict"
    assert "calls" in vars(loaded) and "_pending_calls" not in vars(loaded)
    assert loaded.calls is loaded.calls


def test_facts_with_encoded_calls_behave_as_the_stored_facts() -> None:
    """Equality, hashing, repr, dataclasses.replace and a second encoding read the field through the descriptor."""
    assert pickle.loads(dumps(FACTS)) == FACTS
    assert hash(pickle.loads(dumps(FACTS))) == hash(FACTS)
    assert repr(pickle.loads(dumps(FACTS))) == repr(FACTS)
    assert dataclasses.replace(pickle.loads(dumps(FACTS)), path="serve/api.py").calls == FACTS.calls
    assert pickle.loads(dumps(pickle.loads(dumps(FACTS)))) == FACTS


def test_facts_without_calls_and_the_class_default() -> None:
    """Facts with no calls keep the field as it is, and the class attribute is the field's default."""
    empty = FileFacts(path="a.py", module="a")
    assert pickle.loads(dumps(empty)).calls == () and FileFacts.calls == ()


def test_guards_and_imports_are_decoded_on_first_read_too() -> None:
    """The guards and imports stay encoded like the calls (a run with one file changed reads the guards of no other file), decoded equal to the stored ones, and a plain pickle of half-decoded facts keeps them."""
    loaded = pickle.loads(dumps(FACTS))
    assert "guards" not in vars(loaded) and "_pending_guards" in vars(loaded)
    assert loaded.calls == FACTS.calls and "_pending_guards" in vars(loaded)  # one field decoded, not the other
    assert pickle.loads(pickle.dumps(loaded)) == FACTS
    assert loaded.guards == FACTS.guards and loaded.guards is loaded.guards and "_pending_guards" not in vars(loaded)
    assert FileFacts.guards == () and pickle.loads(dumps(FileFacts(path="a.py", module="a"))).guards == ()
    assert "_pending_imports" in vars(loaded) and loaded.imports == FACTS.imports and loaded == FACTS
