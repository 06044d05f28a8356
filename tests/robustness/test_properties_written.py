"""Property: notebooks whose cells write files (%%writefile, appends, odd paths, broken
scripts) never crash the run; every written script is analysed or is one error entry naming
the notebook cell, and the report stays deterministic."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from mllens_robust_support import assert_clean_json, project, report_bytes, run, seed_sources

SOURCES = seed_sources()
TARGETS = st.sampled_from(
    ["serve.py", "-a serve.py", "code/inference.py", "--append code/inference.py", "'quoted dir/app.py'", "{folder}/train.py", "$DIR/x.py",
     "../outside.py", "/abs/x.py", "Dockerfile", "deploy/serve.yaml", "requirements.txt", "", "-x bad.py", "a.py b.py"]
)
BODIES = st.one_of(st.sampled_from(SOURCES), st.text(max_size=60), st.sampled_from(["def broken(:\n", "(" * 200 + ")" * 200 + "\n", "CMD [\"python\", \"serve.py\"]\n"]))


@st.composite
def writing_notebook(draw: st.DrawFn) -> str:
    cells = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["write", "write", "code", "cd"]))
        if kind == "write":
            magic = draw(st.sampled_from(["%%writefile", "%%file", "  %%writefile"]))
            cells.append({"cell_type": "code", "source": f"{magic} {draw(TARGETS)}\n{draw(BODIES)}"})
        elif kind == "cd":
            cells.append({"cell_type": "code", "source": draw(st.sampled_from(["%cd ..", "%cd sub", "cd $HOME", "!cd x"]))})
        else:
            cells.append({"cell_type": "code", "source": draw(st.sampled_from(["!python serve.py --port 80", "%run serve.py", "x = 1", "!python -m code.inference"]))})
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


@given(writing_notebook())
def test_notebooks_that_write_files_never_crash(text: str) -> None:
    """Every written file is analysed or reported as notebook[cell N]; no raw error escapes; runs agree."""
    with project({"labs/nb.ipynb": text, "serve.py": "import os\n"}) as root:
        analysis = run(root)
        for path, message in analysis.errors:
            assert path == "labs/nb.ipynb" or path.startswith("labs/nb.ipynb[cell "), (path, message)
            assert message and "\n" not in message and "\r" not in message
        for facts in analysis.files:
            assert facts.path != "serve.py" or not facts.origin  # the committed file wins
            if facts.origin:
                assert facts.origin == "labs/nb.ipynb" and facts.cells
                assert not facts.error or any(path.startswith("labs/nb.ipynb") and facts.path in message for path, message in analysis.errors)
        raw = report_bytes(analysis)
        assert_clean_json(raw)
        assert all(not f["path"] or f["path"] in {"labs/nb.ipynb", "serve.py"} for f in json.loads(raw)["findings"])
        assert report_bytes(run(root)) == raw
