"""The built-in checks ship in the wheel and import from it, not only from the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a regular (not editable) wheel, the way `pip install .` installs it."""
    out = tmp_path_factory.mktemp("wheel")
    # from a copy without build outputs: setuptools reuses a stale build/lib, whose leftovers
    # would hide a package missing from `packages`
    source = out / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv*", ".ci-venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".mllens-cache"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("pytest_mllens-*.whl")
    return built


def shipped_sources() -> set[str]:
    """Every module and data file of the source tree, named as the wheel names it."""
    package = ROOT / "src" / "pytest_mllens"
    files = {f"pytest_mllens/{path.relative_to(package).as_posix()}" for path in package.rglob("*") if path.is_file() and "__pycache__" not in path.parts}
    files |= {f"pytest_mllens/checks/{path.name}" for path in (ROOT / "checks").glob("*.py")}
    return files


@pytest.mark.slow
def test_wheel_ships_every_module_and_data_file(wheel: Path) -> None:
    """An editable install reads the source tree, so a subpackage left out of pyproject's
    `packages` passes every other test and breaks `pip install .` (it did, for four)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert sorted(shipped_sources() - names) == []


@pytest.mark.slow
def test_the_plugin_runs_from_the_wheel(wheel: Path, tmp_path: Path) -> None:
    """The lens analyses the example project with nothing but the wheel's code: a module the
    wheel lacks fails here as it fails for a user, not only a missing file name."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import pytest, pytest_mllens;"
        "assert pytest_mllens.__file__.startswith(sys.argv[1]), pytest_mllens.__file__;"
        "sys.exit(pytest.main(['-p', 'pytest_mllens.plugin', '-p', 'no:cacheprovider', '--mllens-only', '--rootdir', sys.argv[2], sys.argv[2]]))"
    )
    project = tmp_path / "project"
    shutil.copytree(ROOT / "example_project", project)
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-I", "-c", code, str(wheel), str(project)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.returncode == 1, out.stdout + out.stderr  # findings, not a crash (3) or usage error (4)
    assert "ML001 hosting module" in out.stdout, out.stdout


@pytest.mark.slow
def test_wheel_contains_and_imports_the_checks(wheel: Path) -> None:
    """A built wheel holds pytest_mllens/checks/*.py, the knowledge data, and imports from the zip."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "pytest_mllens/checks/__init__.py",
        "pytest_mllens/checks/hosting_imports_training.py",
        "pytest_mllens/checks/ungated_deployment.py",
        "pytest_mllens/checks/missing_drift_monitor.py",
        "pytest_mllens/data/knowledge/sagemaker.toml",
        "pytest_mllens/data/lens_catalog.toml",
        "pytest_mllens/facts/records.py",
        "pytest_mllens/model/project.py",
        "pytest_mllens/report/terminal.py",
        "pytest_mllens/py.typed",
    ):
        assert expected in names
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "builtin = pytest_mllens.checks" in entry_points
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import pytest_mllens.checks as c, pytest_mllens.registry as r;"
        "assert c.__file__.startswith(sys.argv[1]), c.__file__;"
        "print(sorted(r.load_registry().checks))"
    )
    out = subprocess.run([sys.executable, "-I", "-c", code, str(wheel)], check=True, capture_output=True, text=True)
    assert "ungated-deployment" in out.stdout


def test_editable_install_imports_checks_from_the_checks_folder() -> None:
    """In this (editable or installed) environment the built-in checks come from checks/ or the wheel."""
    import pytest_mllens.checks as checks

    path = Path(checks.__file__).resolve()
    assert path.parent.name == "checks"
