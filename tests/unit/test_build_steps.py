"""Dockerfile build steps as the release flow reads them (facts/configs/build_steps.py)."""

from __future__ import annotations

from pytest_mllens.facts.configs.build_steps import dockerfile_steps
from pytest_mllens.facts.configs.deploy_config import extract_config


def test_copies_runs_and_workdirs_are_read_in_order() -> None:
    """COPY/ADD, WORKDIR and python scripts run by RUN or CMD are kept with their lines."""
    text = (
        "FROM python:3.11-slim\n"
        "WORKDIR /srv\n"
        "COPY train/fit.py model/ ./\n"
        "COPY --from=builder /wheels /wheels\n"
        "RUN pip install -r requirements.txt && \\\n"
        "    python3.11 fit.py --out model.pkl\n"
        'CMD ["python", "serve.py", "--port", "8080"]\n'
    )
    assert dockerfile_steps(text) == (
        ("workdir", 2, "/srv"),
        ("copy", 3, "./", "train/fit.py", "model/"),
        ("run", 5, "fit.py", "--out", "model.pkl"),
        ("cmd", 7, "serve.py", "--port", "8080"),
    )


def test_unreadable_text_yields_nothing_and_config_facts_keep_the_steps() -> None:
    """An unbalanced quote does not fail the scan; a Dockerfile's facts carry its build steps."""
    assert dockerfile_steps('RUN echo "unterminated\n') == ()
    facts = extract_config("svc/Dockerfile", b"COPY app.py ./\nRUN python app.py\n")
    assert facts.extra["build_steps"] == (("copy", 1, "./", "app.py"), ("run", 2, "app.py"))
    assert "build_steps" not in extract_config("Procfile", b"web: gunicorn app:app\n").extra
