"""Calls that show text to a person do not run the scripts their text names (model/releases/release_graph.py)."""

from __future__ import annotations

from pytest_mllens.engine import METRIC_WORDS
from pytest_mllens.facts.extraction.extract import extract_facts
from pytest_mllens.model.releases.release_graph import shows_text

SOURCE = """\
import logging
import subprocess

import click
import streamlit as st

log = logging.getLogger(__name__)
print("next: python deploy.py")
st.code("python deploy.py")
log.info("run python deploy.py by hand")
click.echo("python deploy.py")
subprocess.run("python deploy.py", shell=True)
"""


def test_display_calls_are_told_from_launchers() -> None:
    """print, st.code, a logger's info and click.echo show text; subprocess.run runs the script."""
    facts = extract_facts(SOURCE, path="ops.py", module="ops", is_package=False, metric_words=METRIC_WORDS)
    shown = {call.line: shows_text(call) for call in facts.calls if any(isinstance(v, str) and "deploy.py" in v for v in call.positional)}
    assert shown == {8: True, 9: True, 10: True, 11: True, 12: False}
