"""Notebooks as Jupyter runs them: every IPython form is read line for line, one Python line per cell line."""

from __future__ import annotations

import pytest

import json

from pytest_mllens.facts.notebooks import python_lines, read_notebook


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('msg = ("auc %.3f"\n       % auc)', ['msg = ("auc %.3f"', "       % auc)"]),
        ('query = """\n!important\n%s rows\n"""', ['query = """', "!important", "%s rows", '"""']),
        ("x = 1 + \\\n    2\n!ls", ["x = 1 + \\", "    2", "pass"]),
        ("    df.head()\n    %time clf = fit(X, y)", ["df.head()", "clf = fit(X, y)"]),
        ("\n    import mlflow\n    mlflow.autolog()", ["", "import mlflow", "mlflow.autolog()"]),
        ("%timeit -n 10 -r 3 model.predict(X)", ["model.predict(X)"]),
        ("for p in paths:\n    /print p\n    ,show a b\n    ;show c", ["for p in paths:", "    pass", "    pass", "    pass"]),
        ("%%capture out\n!pip install x\nimport xgboost", ["", "pass", "import xgboost"]),
        ("\n%%sql\nSELECT * FROM churn", ["", "", ""]),
        # `cd` moves the kernel: kept as a call, so a notebook's relative paths are known to have moved
        ('pip install -q xgboost==2.0.3\ncd data\nls "/tmp/evaluate"\nmkdir models', ["pass", "get_ipython().run_line_magic('cd', 'data')", "pass", "pass"]),
        ("history = model.fit(X,\n    y)\nhistory['loss']\ntime.sleep(1)\nenv = make_env()", ["history = model.fit(X,", "    y)", "history['loss']", "time.sleep(1)", "env = make_env()"]),
    ],
    ids=["percent-continues-expression", "magic-text-in-string", "backslash-continuation", "indented-cell-and-time", "indented-after-blank-line", "timeit-options", "autocall-escapes", "capture-cell", "sql-cell", "automagic", "magic-names-used-as-python"],
)
def test_only_lines_that_start_a_statement_are_rewritten(cell: str, expected: list[str]) -> None:
    """IPython rewrites a line only where a statement starts, as the kernel does."""
    assert python_lines(cell) == expected




@pytest.mark.parametrize("metadata", [{"language_info": {"name": "R"}}, {"kernelspec": {"name": "ir", "language": "R"}}, {"kernelspec": {"name": "python3", "language": "python"}, "language_info": {"name": "julia"}}])
def test_a_notebook_whose_kernel_is_not_python_holds_no_code(metadata: dict) -> None:
    """An R or Julia notebook holds no Python: no code and no broken cells, like a .R file."""
    text = json.dumps({"cells": [{"cell_type": "code", "source": "library(xgboost)\nfit <- xgboost(data = train)"}], "metadata": metadata, "nbformat": 4})
    code = read_notebook(text)
    assert (code.source, code.cells, code.problems) == ("\n", (), ())


def test_a_python_kernel_or_none_is_read() -> None:
    """Notebooks that say Python, or say nothing, are read; so are PySpark and AWS Glue sessions, which run Python under another language name."""
    for metadata in (
        {"language_info": {"name": "python", "version": "3.11.4"}},
        {},
        {"kernelspec": {"name": "pysparkkernel", "language": "python"}, "language_info": {"name": "pyspark", "mimetype": "text/x-python"}},
        {"kernelspec": {"name": "glue_pyspark", "language": "python"}, "language_info": {"name": "Python_Glue_Session", "mimetype": "text/x-python"}},
    ):
        text = json.dumps({"cells": [{"cell_type": "code", "source": "import pandas as pd"}], "metadata": metadata, "nbformat": 4})
        assert read_notebook(text).source.startswith("import pandas as pd")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("first, = !find runs | sort | head -n 1", ["first, = get_ipython().getoutput('find runs | sort | head -n 1')"]),
        ("ckpt, = ! {list_runs} | {newest}", ["ckpt, = get_ipython().getoutput('{list_runs} | {newest}')"]),
        ("paths[split] = !ls data/{split}", ["paths[split] = get_ipython().getoutput('ls data/{split}')"]),
        ("cfg.region, account = !aws configure get region", ["cfg.region, account = get_ipython().getoutput('aws configure get region')"]),
        ("env = % env HOME", ["env = get_ipython().run_line_magic('env', 'HOME')"]),
        ("arn, = ! \\\n  aws iam get-role \\\n  --role-name ml\nprint(arn)", ["arn, = get_ipython().getoutput('\\\\')", "", "", "print(arn)"]),
        ("same = a == b\nnot_shell = a != b", ["same = a == b", "not_shell = a != b"]),
    ],
    ids=["unpack-one-line", "space-after-bang", "subscript-target", "attribute-and-tuple", "space-after-percent", "continued-command", "comparisons-stay"],
)
def test_any_assignment_target_takes_a_command_output(cell: str, expected: list[str]) -> None:
    """`x, = !cmd`, `d[k] = !cmd` and `a.b = %magic` are the assignments IPython makes, on the same lines."""
    assert python_lines(cell) == expected


def test_a_cell_mixing_tabs_and_spaces_is_read_at_its_editor_tab_width() -> None:
    """A cell Python 3 rejects for mixed tab/space indentation is read with 4-column tabs, line for line, and reported."""
    cell = "def evaluate():\n    loss = val()\n    try:\n\t\tppl = exp(loss)\n\texcept OverflowError:\n\t\tppl = inf\n    return ppl"
    text = json.dumps({"cells": [{"cell_type": "code", "source": cell}], "metadata": {}})
    code = read_notebook(text)
    assert code.source.split("\n")[:7] == ["def evaluate():", "    loss = val()", "    try:", "        ppl = exp(loss)", "    except OverflowError:", "        ppl = inf", "    return ppl"]
    assert code.problems == ((1, "indentation mixes tabs and spaces (Python 3 rejects it); read with tabs as 4 columns, nothing left out"),)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("%run ./feature_helpers.py", ["from .feature_helpers import *; get_ipython().run_line_magic('run', './feature_helpers.py')"]),
        ("%run ../shared/io_utils", ["from ..shared.io_utils import *"]),
        ("%run -i setup.py\n%run /Repos/team/common", ["pass", "pass"]),
        ("%run ./01-setup", ["pass"]),
    ],
)
def test_run_magic_is_a_star_import_of_the_script_it_runs(cell: str, expected: list[str]) -> None:
    assert python_lines(cell) == expected


def test_databricks_source_notebook_run_lines_become_imports_in_place() -> None:
    from pytest_mllens.facts.source import decode_source

    text = "# Databricks notebook source\n# MAGIC %run ./helpers\n\n# COMMAND ----------\n\n# MAGIC %run /Shared/x\nscore = 1\n"
    lines = decode_source(text.encode()).split("\n")
    assert lines[1] == "from .helpers import *"
    assert lines[5] == "# MAGIC %run /Shared/x"
    assert len(lines) == len(text.split("\n"))
    # the same comment in an ordinary module is only a comment
    assert decode_source(b"# MAGIC %run ./helpers\n") == "# MAGIC %run ./helpers\n"


def test_a_jinja_template_that_python_cannot_parse_is_read_with_its_jinja_blanked() -> None:
    from pytest_mllens.facts.source import template_as_python

    text = "from .a import {{ name }}_step\n{%- if gpu %}\nimport torch\n{%- endif %}\n"
    assert template_as_python(text) == "from .a import name_step\n\nimport torch\n\n"
    assert template_as_python("x = 1\nprint(f'{x}')\n") is None


@pytest.mark.parametrize("text", ["", "\n", "  \n\n"])
def test_an_empty_notebook_file_is_an_empty_notebook(text: str) -> None:
    """A placeholder .ipynb made with touch holds no code, like an empty .py file; it is no broken notebook."""
    code = read_notebook(text)
    assert (code.source, code.cells, code.problems) == ("\n", (), ())
