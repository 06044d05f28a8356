"""Notebooks: code cells joined in order, IPython syntax neutralised, cells located."""

from __future__ import annotations

import json

import pytest

from pytest_mllens.facts.records import cell_position
from pytest_mllens.facts.notebooks import NotebookError, notebook_source, read_notebook


def notebook(*cells: tuple[str, str]) -> str:
    return json.dumps({"nbformat": 4, "cells": [{"cell_type": kind, "source": source, "metadata": {}} for kind, source in cells]})


def test_code_cells_are_joined_and_magics_become_pass() -> None:
    """Markdown is skipped; %magic and !shell lines become `pass` at the same indent."""
    text, cells = notebook_source(notebook(("markdown", "# Title"), ("code", "%matplotlib inline\nimport mlflow"), ("code", "for x in y:\n    !echo hi")))
    assert text.splitlines()[:5] == ["pass", "import mlflow", "", "for x in y:", "    pass"]
    assert cells == ((1, 2), (4, 3))


def test_cell_magic_blanks_the_whole_cell() -> None:
    """A %%bash cell contributes only blank lines."""
    text, _ = notebook_source(notebook(("code", "%%bash\nrm -rf /\n")))
    assert text.strip() == ""


def test_cell_position_maps_joined_lines_back() -> None:
    """Joined-source line numbers map back to (cell number, line within cell)."""
    cells = ((1, 2), (4, 3))
    assert cell_position(cells, 2) == (2, 2)
    assert cell_position(cells, 5) == (3, 2)


@pytest.mark.parametrize("text", ["{not json", "[]", json.dumps({"cells": [{"cell_type": "code", "source": 3}]})])
def test_malformed_notebooks_raise_notebook_error(text: str) -> None:
    """Broken JSON, a non-notebook document and a bad source field all raise NotebookError."""
    with pytest.raises(NotebookError):
        notebook_source(text)


def _cells(*sources: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "source": source} for source in sources], "metadata": {}})


@pytest.mark.parametrize(
    ("cell", "left_out"),
    [
        ("PROJECT = <your project id>\nREGION = 'us-central1'\nclient = aiplatform.init(project=PROJECT)", [1]),
        ("threshold =  # TODO: pick a value\nspec = tfma.MetricsSpec(thresholds=threshold)", [1]),
        ("step = PythonScriptStep(\n    name='score',\n    inputs=[data]\n    compute_target=cluster,\n)\npipeline = Pipeline(ws, [step])", [3]),
        ("op = preprocess(\n    uri='gs://bucket/data.csv,\n    out='gs://bucket/out',\n)\ndeploy(op.output)", [2]),
    ],
)
def test_a_cell_with_an_unfinished_line_keeps_its_other_lines(cell: str, left_out: list[int]) -> None:
    """A placeholder, a missing comma or a missing quote leaves out that line only (blank), and the cell's other lines stay at their numbers."""
    code = read_notebook(_cells("import os", cell))
    lines = code.source.split("\n")
    start = code.cells[1][0]
    kept = cell.split("\n")
    for offset, line in enumerate(kept, start=1):
        assert lines[start + offset - 2] == ("" if offset in left_out else line)
    ((number, reason),) = code.problems
    assert number == 2 and reason.endswith(f"only line{'s' if len(left_out) > 1 else ''} {', '.join(map(str, left_out))} of the cell left out")


def test_a_cell_broken_on_many_lines_is_left_out_whole() -> None:
    """When leaving out two lines is not enough, the whole cell is blank and reported as not analysed."""
    code = read_notebook(_cells("a = <one>\nb = <two>\nc = <three>\nfit(a, b, c)"))
    assert code.source.split("\n")[:4] == ["", "", "", ""]
    assert code.problems == ((1, "syntax error at line 1: invalid syntax; cell not analysed"),)
