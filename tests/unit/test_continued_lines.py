"""Backslash continuations are joined in one place (facts/configs/continued_lines.py) for every config reader."""
from pytest_mllens.facts.configs import build_steps, deploy_config, script_jobs, shell_commands
from pytest_mllens.facts.configs.continued_lines import continued_lines


def test_a_continued_command_is_one_line_numbered_by_its_first() -> None:
    """``RUN a \\`` then ``  b`` reads as one line at line 1; the next line keeps its own number."""
    assert continued_lines("RUN a \\\n  b\nCMD c") == [(1, "RUN a    b"), (3, "CMD c")]


def test_trailing_whitespace_after_the_backslash_still_continues() -> None:
    """A backslash followed by stray spaces joins like a bare one; a last-line backslash stays as written."""
    assert continued_lines("a \\  \nb\nc \\") == [(1, "a  b"), (3, "c \\")]


def test_a_makefile_recipe_continued_over_lines_is_one_command() -> None:
    """A recipe line continued with backslashes runs its script once, at the line it starts on."""
    text = "train:\n\tpython \\\n\t  src/train.py \\\n\t  --epochs 3\ndeploy: train\n\tpython src/deploy.py\n"
    tasks = script_jobs.makefile_tasks("Makefile", text)
    assert [(line, key, script) for line, key, script, _ in tasks] == [(2, "make train", "/src/train.py"), (6, "make deploy", "/src/deploy.py")]


def test_every_config_reader_uses_the_one_definition() -> None:
    """No reader keeps a private copy: the modules that join continuations all name the shared function."""
    for module in (build_steps, deploy_config, script_jobs, shell_commands):
        assert module.continued_lines is continued_lines
    assert not hasattr(deploy_config, "_logical_lines")
