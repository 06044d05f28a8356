"""Files a notebook writes from a cell (%%writefile): which path, which text, which cell each line comes from."""

from __future__ import annotations

import json

import pytest

from pytest_mllens.facts.notebooks import python_lines, read_notebook
from pytest_mllens.facts.records import cell_position
from pytest_mllens.facts.written import written_files, written_path


def notebook(*cells: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "source": c} for c in cells], "metadata": {}})


@pytest.mark.parametrize(
    ("notebook_path", "arguments", "expected"),
    [
        ("deploy.ipynb", "code/inference.py", ("code/inference.py", False)),
        ("labs/01/train.ipynb", "./trainer/task.py", ("labs/01/trainer/task.py", False)),
        ("labs/01/train.ipynb", "../shared/score.py", ("labs/shared/score.py", False)),
        ("nb.ipynb", "-a code/inference.py", ("code/inference.py", True)),
        ("nb.ipynb", "--append serve.py", ("serve.py", True)),
        ("nb.ipynb", "'my scripts/serve.py'", ("my scripts/serve.py", False)),
        ("nb.ipynb", "{SCRIPTS_DIR}/train.py", None),
        ("nb.ipynb", "$TRAINING_APP_FOLDER/train.py", None),
        ("nb.ipynb", "~/train.py", None),
        ("nb.ipynb", "/opt/ml/code/train.py", None),
        ("nb.ipynb", "../outside.py", None),
        ("nb.ipynb", "", None),
        ("nb.ipynb", "-f train.py", None),
    ],
)
def test_written_path_resolves_against_the_notebook_folder(notebook_path: str, arguments: str, expected: tuple[str, bool] | None) -> None:
    """The path is taken relative to the notebook's folder; computed, home, absolute and escaping paths are skipped."""
    assert written_path(notebook_path, arguments) == expected


def test_a_writefile_cell_is_blank_in_the_notebook_and_a_file_of_its_own() -> None:
    """The cell's body becomes the file's text with the cell's own line numbers; the notebook keeps blank lines."""
    code = read_notebook(notebook("import sagemaker", "%%writefile code/inference.py\nimport joblib\n\ndef model_fn(d):\n    return joblib.load(d)\n"))
    assert code.source.split("\n")[1:6] == ["", "", "", "", ""]
    (written,) = written_files("deploy.ipynb", code)
    assert (written.path, written.kind) == ("code/inference.py", "py")
    assert written.text.split("\n")[1] == "import joblib"
    assert cell_position(written.cells, 4) == (2, 4)


def test_appends_concatenate_and_a_full_write_starts_afresh() -> None:
    """Cells run in order: %%writefile replaces the file, -a appends to it."""
    code = read_notebook(
        notebook(
            "%%writefile serve.py\nOLD = 1\n",
            "%%writefile serve.py\nimport flask\n",
            "x = 1",
            "\n%%writefile -a serve.py\napp = flask.Flask(__name__)\n",
        )
    )
    (written,) = written_files("nb.ipynb", code)
    assert "OLD" not in written.text
    lines = written.text.split("\n")
    where = {line: cell_position(written.cells, number) for number, line in enumerate(lines, start=1) if line}
    assert where == {"import flask": (2, 2), "app = flask.Flask(__name__)": (4, 3)}


def test_config_files_are_kept_and_other_targets_left_out() -> None:
    """A Dockerfile or YAML is a deployment file; requirements.txt, JSON and R scripts are not read."""
    code = read_notebook(
        notebook(
            "%%writefile docker/Dockerfile\nFROM python:3.11\nCMD [\"python\", \"serve.py\"]\n",
            "%%writefile requirements.txt\nscikit-learn\n",
            "%%file input.json\n{}\n",
            "%%writefile preprocessing.R\nlibrary(dplyr)\n",
            "%%writefile {folder}/train.py\nimport torch\n",
        )
    )
    assert [(w.path, w.kind) for w in written_files("nb.ipynb", code)] == [("docker/Dockerfile", "config")]


def test_an_empty_writefile_cell_writes_nothing_to_analyse() -> None:
    """A cell with only the magic line gives no file."""
    assert written_files("nb.ipynb", read_notebook(notebook("%%writefile empty.py"))) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("!python deploy.py --endpoint churn", "get_ipython().system('python deploy.py --endpoint churn')"),
        ("!python3 -m pipelines.release", "get_ipython().system('python3 -m pipelines.release')"),
        ("%run train.py --epochs 3", "from .train import *; get_ipython().run_line_magic('run', 'train.py --epochs 3')"),
        ("!pip install sagemaker", "pass"),
        ("!python --version", "pass"),
    ],
)
def test_a_notebook_that_runs_a_script_calls_it(line: str, expected: str) -> None:
    """`!python script.py` and `%run script.py args` become the calls IPython makes, naming the script."""
    assert python_lines(line) == [expected]


def test_a_continued_python_command_keeps_its_line_count() -> None:
    """A `!python x.py \\` continued on the next line is one call and a blank line."""
    assert python_lines("!python train.py \\\n    --epochs 3\nx = 1") == ["get_ipython().system('python train.py')", "", "x = 1"]


def test_a_literal_cd_moves_where_later_cells_write() -> None:
    """`%cd ..` before a %%writefile cell resolves its path from the new folder; a `%cd` to a variable makes later paths unknown."""
    code = read_notebook(notebook("%cd ..", "%%writefile serve/app.py\nimport flask\n", "%cd $WORK_DIR", "%%writefile other.py\nimport os\n"))
    assert [w.path for w in written_files("notebooks/lab.ipynb", code)] == ["serve/app.py"]


def test_cd_in_a_subshell_or_as_a_python_name_changes_nothing() -> None:
    """`!cd x` runs in a subshell and `cd = 3` is Python: the notebook's folder stays."""
    code = read_notebook(notebook("!cd build", "cd = 3", "%%writefile app.py\nimport flask\n"))
    assert [w.path for w in written_files("labs/lab.ipynb", code)] == ["labs/app.py"]
