"""Property: valid, odd and broken notebooks never crash the run, are analysed or reported,
and IPython syntax is neutralised without dropping any Python code."""

from __future__ import annotations

import ast
import json

from hypothesis import given
from hypothesis import strategies as st
from mllens_robust_support import assert_invariants, project, report_bytes, run, seed_sources

from pytest_mllens.engine import METRIC_WORDS
from pytest_mllens.facts.extraction.extract import extract_facts
from pytest_mllens.facts.notebooks import NotebookError, notebook_source


def _top_level_chunks() -> list[str]:
    """Runs of top-level statements of the seed modules: each is valid Python alone."""
    chunks = []
    for source in seed_sources():
        lines = source.splitlines(keepends=True)
        body = ast.parse(source).body
        for start in range(0, len(body), 3):
            first = body[start].lineno - 1 - len(getattr(body[start], "decorator_list", []))
            last = body[min(start + 2, len(body) - 1)].end_lineno
            chunk = "".join(lines[first:last])
            try:
                ast.parse(chunk)
            except SyntaxError:
                continue
            chunks.append(chunk)
    return chunks


CHUNKS = _top_level_chunks()
MAGICS = st.sampled_from(["%matplotlib inline", "%load_ext autoreload", "!pip install -q xgboost", "!ls -la $DATA", "df.describe?", "np.mean??", "?pd.read_csv", "%timeit model.predict(X)", "%env AWS_REGION=eu-west-1"])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@st.composite
def code_cell(draw: st.DrawFn) -> tuple[dict, str]:
    """A code cell of real ML code with IPython lines between statements, and its Python."""
    chunk = draw(st.sampled_from(CHUNKS))
    lines = chunk.splitlines(keepends=True)
    # a statement starts at its first decorator (which may span several lines), else at itself
    starts = [min([n.lineno, *(d.lineno for d in getattr(n, "decorator_list", []))]) - 1 for n in ast.parse(chunk).body]
    magic_at = sorted(draw(st.sets(st.sampled_from(starts + [len(lines)]), max_size=3)), reverse=True)
    with_magics = list(lines)
    for at in magic_at:
        magic = draw(MAGICS)
        with_magics.insert(at, magic + "\n")
        if magic.startswith("%timeit "):  # the timed statement runs, so it is analysed too
            lines.insert(at, magic.removeprefix("%timeit ") + "\n")
    if draw(st.booleans()):
        with_magics.append("model.fit(X, y)  # does this converge?\n")
        lines.append("model.fit(X, y)  # does this converge?\n")
    source: object = "".join(with_magics) if draw(st.booleans()) else with_magics
    return {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": source}, "".join(lines)


@st.composite
def valid_notebook(draw: st.DrawFn) -> tuple[str, list[str]]:
    cells, python = [], []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["code", "code", "markdown", "raw", "cellmagic"]))
        if kind == "code":
            cell, code = draw(code_cell())
            cells.append(cell)
            python.append(code)
        elif kind == "cellmagic":
            cells.append({"cell_type": "code", "source": "%%bash\naws s3 cp model.tar.gz s3://bucket/\n"})
        else:
            cells.append({"cell_type": kind, "source": draw(st.text(max_size=30))})
    document = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(document, indent=draw(st.sampled_from([None, 1]))), python


@st.composite
def broken_notebook(draw: st.DrawFn) -> bytes:
    """Wrong shapes, wrong types, truncated JSON, nbformat 3, non-UTF-8 bytes."""
    shape = draw(st.sampled_from(["any-json", "cells-not-list", "odd-cells", "odd-source", "nbformat3", "truncated", "bytes"]))
    if shape == "any-json":
        return json.dumps(draw(JSON)).encode()
    if shape == "cells-not-list":
        return json.dumps({"cells": draw(JSON.filter(lambda v: not isinstance(v, list)))}).encode()
    if shape == "odd-cells":
        return json.dumps({"cells": draw(st.lists(JSON, max_size=4))}).encode()
    if shape == "odd-source":
        return json.dumps({"cells": [{"cell_type": "code", "source": draw(JSON)}]}).encode()
    if shape == "nbformat3":
        return json.dumps({"nbformat": 3, "worksheets": [{"cells": [{"cell_type": "code", "input": "import os\n"}]}]}).encode()
    text, _ = draw(valid_notebook())
    if shape == "truncated":
        return text[: draw(st.integers(0, max(0, len(text) - 1)))].encode()
    return draw(st.binary(max_size=4)) + text.encode()[: draw(st.integers(0, len(text)))]


@given(valid_notebook())
def test_valid_notebooks_are_analysed_with_all_their_python(case: tuple[str, list[str]]) -> None:
    """A notebook of valid code cells (with magics, shell and help lines between statements)
    is analysed, records exactly the calls of its Python, and reports deterministically."""
    text, python = case
    with project({"nb.ipynb": text}) as root:
        analysis = run(root)
        assert_invariants(analysis, {"nb.ipynb"})
        assert analysis.errors == []
        facts = analysis.files[0]
        plain = extract_facts("\n".join(python), path="nb.py", module="nb", metric_words=METRIC_WORDS)
        assert sorted(c.name for c in facts.calls) == sorted(c.name for c in plain.calls)
        assert report_bytes(run(root)) == report_bytes(analysis)


@given(broken_notebook())
def test_broken_notebooks_never_crash(data: bytes) -> None:
    """A notebook of any broken shape is analysed or yields one error entry, never an exception."""
    with project({"nb.ipynb": data, "ok.py": "import os\n"}) as root:
        analysis = run(root)
        assert_invariants(analysis, {"nb.ipynb", "ok.py"})
        paths = [path for path, _ in analysis.errors]
        assert paths in ([], ["nb.ipynb"]) or all(path.startswith("nb.ipynb[cell ") for path in paths)
        assert report_bytes(run(root)) == report_bytes(analysis)


@given(st.one_of(st.text(max_size=200), JSON.map(json.dumps), st.builds(lambda v: json.dumps({"cells": v}), JSON)))
def test_notebook_source_raises_only_notebook_error(text: str) -> None:
    """notebook_source returns Python text or raises NotebookError, for any input text."""
    try:
        source, cells = notebook_source(text)
    except NotebookError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert source.endswith("\n") and all(first >= 1 for first, _ in cells)
