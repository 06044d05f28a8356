"""Notebooks as Jupyter runs them: every IPython form is read line for line, one Python line per cell line."""

from __future__ import annotations

import pytest

from pytest_mllens.facts.notebooks import python_lines


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('msg = ("auc %.3f"\n       % auc)', ['msg = ("auc %.3f"', "       % auc)"]),
        ('query = """\n!important\n%s rows\n"""', ['query = """', "!important", "%s rows", '"""']),
        ("x = 1 + \\\n    2\n!ls", ["x = 1 + \\", "    2", "pass"]),
        ("    df.head()\n    %time clf = fit(X, y)", ["df.head()", "clf = fit(X, y)"]),
        ("%timeit -n 10 -r 3 model.predict(X)", ["model.predict(X)"]),
        ("for p in paths:\n    /print p\n    ,show a b\n    ;show c", ["for p in paths:", "    pass", "    pass", "    pass"]),
        ("%%capture out\n!pip install x\nimport xgboost", ["", "pass", "import xgboost"]),
        ("\n%%sql\nSELECT * FROM churn", ["", "", ""]),
    ],
    ids=["percent-continues-expression", "magic-text-in-string", "backslash-continuation", "indented-cell-and-time", "timeit-options", "autocall-escapes", "capture-cell", "sql-cell"],
)
def test_only_lines_that_start_a_statement_are_rewritten(cell: str, expected: list[str]) -> None:
    """IPython rewrites a line only where a statement starts, as the kernel does."""
    assert python_lines(cell) == expected


