"""docs/plugins.md shows the sample plugin as it is: its files verbatim, its knowledge, its failure output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import mllens_sample_plugin
from pytest_mllens import Example
from pytest_mllens.testing import assert_example

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
GUIDE = (HERE.parents[1] / "docs" / "plugins.md").read_text(encoding="utf-8")
SAMPLE = HERE / "sample_plugin"
FILE_BLOCK = re.compile(r"^\*\*`([^`]+)`\*\*\n\n```(\w+)\n(.*?)^```$", re.M | re.S)
BLOCKS = {path: text for path, _, text in FILE_BLOCK.findall(GUIDE)}


def text_block_after(marker: str) -> str:
    start = GUIDE.index(marker)
    match = re.compile(r"```text\n(.*?)```", re.S).search(GUIDE, start)
    assert match is not None
    return match.group(1)


def test_guide_shows_every_sample_plugin_file() -> None:
    """The guide has a titled block for each file of the sample plugin package and for the TOML form of its knowledge."""
    files = sorted(p.relative_to(SAMPLE).as_posix() for p in SAMPLE.rglob("*") if p.is_file() and p.suffix in (".py", ".toml") and "__pycache__" not in p.parts)
    assert sorted(BLOCKS) == sorted([*files, "acme_serving.toml"])


@pytest.mark.parametrize("path", sorted(p for p in BLOCKS if (SAMPLE / p).is_file()))
def test_guide_file_blocks_are_the_sample_plugin_files(path: str) -> None:
    """Each file shown in the guide is byte for byte the sample plugin's file, which the other tests install and run."""
    assert BLOCKS[path] == (SAMPLE / path).read_text(encoding="utf-8")


def test_guide_toml_knowledge_is_the_sample_document() -> None:
    """The guide's TOML knowledge document parses to exactly the document the sample plugin returns."""
    assert tomllib.loads(BLOCKS["acme_serving.toml"]) == mllens_sample_plugin.ACME_SERVING


def test_guide_mismatch_output_is_what_assert_example_prints() -> None:
    """The failure text shown in the guide is assert_example's message for that wrong expectation."""
    acme = next(e for e in mllens_sample_plugin.PickleModelLoad.examples if "server.py" in e.files)
    with pytest.raises(AssertionError) as info:
        assert_example(mllens_sample_plugin.PickleModelLoad, Example("wrong expectation", acme.files, expect=("server.py:5",)), plugins=[mllens_sample_plugin])
    assert text_block_after("A wrong expectation fails like this") == str(info.value) + "\n"
