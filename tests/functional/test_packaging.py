"""The built-in checks ship in the wheel and import from it, not only from the source tree."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_contains_and_imports_the_checks(tmp_path: Path) -> None:
    """A built wheel holds pytest_mllens/checks/*.py, the knowledge data, and imports from the zip."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("pytest_mllens-*.whl")
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
