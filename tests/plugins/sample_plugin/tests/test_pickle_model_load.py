"""The sample plugin's check, tested through its own bad and good examples."""

from __future__ import annotations

import pytest

import mllens_sample_plugin
from mllens_sample_plugin import PickleModelLoad
from pytest_mllens import Check, Example
from pytest_mllens.testing import assert_example, example_params


@pytest.mark.parametrize("check, example", example_params([PickleModelLoad]))
def test_example(check: type[Check], example: Example) -> None:
    """Each bad example yields exactly its expected findings and each good one none, with the plugin's knowledge loaded."""
    assert_example(check, example, plugins=[mllens_sample_plugin])
