"""Notebooks: code cells joined in order, IPython syntax neutralised, cells located."""

from __future__ import annotations

import json

import pytest

from pytest_mllens.facts.records import cell_position
from pytest_mllens.facts.notebooks import NotebookError, notebook_source


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
