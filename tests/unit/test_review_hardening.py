"""Inputs that made a pattern backtrack, and the libcst validation switch under threads."""

from __future__ import annotations

import re
import threading

import libcst as cst

from pytest_mllens.facts.configs.deploy_config import declared_resources, extract_config
from pytest_mllens.facts.extraction.extract import _parse_checked
from pytest_mllens.model.releases.file_releases import _fits


def test_template_fits_the_names_a_regex_would_match() -> None:
    """Each placeholder takes at least one character and the fixed parts keep their order."""
    cases = {
        ("model_C={}.bin", "model_C=1.0.bin"): True,
        ("model_C={}.bin", "model_C=.bin"): False,
        ("m{}_{}x", "ma_bx"): True,
        ("m{}_{}x", "m_x"): False,
        ("{}_{}.pkl", "a_b_c.pkl"): True,
        ("run-{}.pt", "other-1.pt"): False,
    }
    for (template, name), expected in cases.items():
        reference = re.fullmatch(".+".join(re.escape(p) for p in template.split("{}")), name) is not None
        assert _fits(template, name) is expected is reference


def test_a_long_name_that_nearly_fits_a_template_is_answered_at_once() -> None:
    """m{}_{}_{}_{}_{}x against 400 underscores: a backtracking regex took minutes here."""
    assert not _fits("m{}_{}_{}_{}_{}x", "m" + "_" * 400)


def test_a_line_of_spaces_in_a_yaml_file_is_read_in_linear_time() -> None:
    """200,000 spaces then a word: the resource and entry-point patterns do not backtrack."""
    line = " " * 200_000 + "x\n"
    assert declared_resources(line) == []
    facts = extract_config("deploy.yaml", line.encode())
    assert not facts.error


def test_other_threads_keep_libcst_validation_while_a_file_is_parsed() -> None:
    """A node built by another thread during a fast parse is still validated, and the hook comes back."""
    from libcst._nodes.base import CSTNode

    hook = CSTNode.__dict__["__post_init__"]
    errors: list[BaseException] = []
    started, release = threading.Event(), threading.Event()

    def build_invalid() -> None:
        started.wait(5)
        try:
            cst.Name("not an identifier!")
        except Exception as error:  # noqa: BLE001 - validation refuses it
            errors.append(error)
        release.set()

    other = threading.Thread(target=build_invalid)
    other.start()
    original_parse = cst.parse_module

    def slow_parse(text: str) -> cst.Module:
        started.set()
        release.wait(5)
        return original_parse(text)

    cst.parse_module = slow_parse  # type: ignore[assignment]
    try:
        _parse_checked("x = 1\n")
    finally:
        cst.parse_module = original_parse  # type: ignore[assignment]
    other.join(5)
    assert errors, "a node built on another thread skipped validation"
    assert CSTNode.__dict__["__post_init__"] is hook
