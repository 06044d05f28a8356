"""Deployment files are read as text by hand-written scanners: no input may make them raise."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pytest_mllens.facts.configs.deploy_config import entry_refs

NAMES = ("Dockerfile", "Procfile", "Makefile", "start.sh", "serve.yaml", "bentofile.yaml", "pyproject.toml")
WORDS = st.sampled_from(
    ["CMD", "ENTRYPOINT", "ENV", "uvicorn", "gunicorn", "python", "-m", "streamlit", "run", "serve", "app:app", "x.py", "\\", "\n", "[", "]", '"', ",",
     "command:", "- ", "import_path:", "scoring_script:", "code:", "service:", "[project.scripts]", "=", "torch-model-archiver", "--handler", "SAGEMAKER_PROGRAM", "#"]
)


@given(st.sampled_from(NAMES), st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40))
def test_entry_refs_never_raise_and_return_plain_references(name: str, parts: list[str]) -> None:
    """Any mix of command words, punctuation and noise gives references with a line inside the file."""
    text = " ".join(parts)
    refs = entry_refs(name, text)
    lines = text.count("\n") + 1
    assert all(1 <= ref.line <= lines and ref.target for ref in refs)
