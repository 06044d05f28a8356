"""The extractor's fast paths give exactly what the slow ways they replace gave."""

from __future__ import annotations

import libcst as cst
import pytest
from hypothesis import given
from hypothesis import strategies as st
from libcst._nodes.base import CSTNode

from pytest_mllens.facts.extraction import extract_calls, lines
from pytest_mllens.facts.extraction.expressions import collect, find_word, walk_all, word_pattern
from pytest_mllens.facts.extraction.extract import extract_facts
from pytest_mllens.facts.parsing import METRIC_WORDS

_TEXT = st.text(alphabet=st.sampled_from(list("ab_ .(1é[]\tß")), max_size=30)


@given(line=_TEXT, word=_TEXT.filter(bool))
def test_find_word_matches_the_word_boundary_pattern(line: str, word: str) -> None:
    """``find_word`` answers where ``\\bword\\b`` first matches, for any characters."""
    found = word_pattern(word).search(line)
    assert find_word(line, word) == (found.start() if found else -1)


GUARDED = '''\
import mlflow
from sagemaker.model import Model


def release(model, metrics, run):
    if (metrics["auc"] > 0.8 and
            run.info.status == "FINISHED"):  # a comment inside the test
        Model(image_uri="x").deploy()
    elif metrics.get("rmse") \\
            < 0.3:
        mlflow.register_model("runs:/1/m", "demand")
    while mlflow.active_run() is not None and metrics["loss"] > 0.1:
        mlflow.end_run()
    assert metrics["accuracy"] >= 0.9, "not good enough"
    with mlflow.start_run(run_name="Ünïcode ✓") as active, open("f") as handle:
        if not (metrics["f1"] >= 0.7):
            raise SystemExit("f1 too low")
        Model(image_uri="y").deploy()
'''


@pytest.mark.parametrize("text", [GUARDED, GUARDED.replace("\n", "\r\n"), "x = 1\n" * 3 + GUARDED.replace("    ", "\t")])
def test_guard_text_read_from_source_equals_libcst_rendering(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guards read their test's text from the source; with that path closed (libcst renders
    every test) the facts are the same."""
    fast = extract_facts(text, path="m.py", module="m", metric_words=METRIC_WORDS)
    assert fast.guards and not fast.error
    monkeypatch.setattr(extract_calls, "_segment", lambda _lines, _node: None)
    slow = extract_facts(text, path="m.py", module="m", metric_words=METRIC_WORDS)
    assert fast == slow


def test_segment_slices_by_utf8_columns() -> None:
    """ast columns count UTF-8 bytes; the segment is cut at the right characters."""
    import ast

    source = 'if "é✓" == name and ok:\n    pass\n'
    test = ast.parse(source).body[0].test  # type: ignore[attr-defined]
    assert lines.segment(source.split("\n"), test) == '"é✓" == name and ok'


def test_collect_keeps_walk_order() -> None:
    """``collect`` yields the chosen kinds of ``walk_all``, in its order."""
    node = cst.parse_expression("f(a, b=[c, g(d)], *e) > h.i(j) or (k if l else m)")
    for kinds in ((cst.Name,), (cst.Call,), (cst.Call, cst.Name), (cst.Comparison,)):
        assert collect(node, kinds) == [n for n in walk_all(node) if type(n) in kinds]


def test_parse_without_validation_restores_the_hook() -> None:
    """libcst's validation hook is back after a parse, a failed parse included."""
    hook = CSTNode.__dict__["__post_init__"]
    extract_facts("import os\nos.getcwd()\n", path="a.py", module="a")
    assert extract_facts("def broken(:\n", path="b.py", module="b").error
    assert CSTNode.__dict__["__post_init__"] is hook
    with pytest.raises(cst.CSTValidationError):  # hand-built trees are still validated
        cst.Name("not an identifier")
