"""Folders a TensorFlow Serving container serves, read from deployment files (facts/configs/model_servers.py)."""

from __future__ import annotations

from pytest_mllens.facts.configs.model_servers import served_model_dirs

COMPOSE = """\
services:
  tfserving:
    image: "tensorflow/serving:2.16.1-gpu"
    volumes:
      - ./models/churn:/models/churn
      - cache:/root/.cache
      - type: bind
        source: ./models/fraud
        target: /models/fraud
  api:
    image: python:3.11
    volumes:
      - ./api:/app
volumes:
  cache: {}
"""


def test_compose_bind_mounts() -> None:
    """Bind mounts of a tensorflow/serving service are served folders; named volumes and other services are not."""
    found = served_model_dirs("docker-compose.yml", COMPOSE)
    assert [(line, path) for line, path, _ in found] == [(5, "./models/churn"), (7, "./models/fraud")]


def test_dockerfile_copies_only_in_the_serving_stage() -> None:
    """COPY sources count only in a stage FROM tensorflow/serving, never from another stage."""
    text = "FROM python:3.11 AS build\nCOPY train.py /src/\nFROM tensorflow/serving\nCOPY --from=build /out /models/x\nCOPY export/churn /models/churn\n"
    assert [(line, path) for line, path, _ in served_model_dirs("Dockerfile", text)] == [(5, "export/churn")]


def test_docker_run_volumes() -> None:
    """`docker run -v` and `--mount type=bind` of a tensorflow/serving container name served folders."""
    text = 'docker run -d -p 8501:8501 \\\n  -v "$(pwd)/export/churn:/models/churn" \\\n  --mount type=bind,source=./export/fraud,target=/models/fraud \\\n  tensorflow/serving\n'
    assert [path for _, path, _ in served_model_dirs("serve.sh", text)] == ["$(pwd)/export/churn", "./export/fraud"]


def test_a_container_named_like_tf_serving_is_not_its_image() -> None:
    """`docker run --name tensorflow-serving ... acme/api` runs another image: no served folder."""
    text = "docker run -d --name tensorflow-serving -v ./models:/models acme/api:latest\n"
    assert served_model_dirs("serve.sh", text) == ()


def test_other_images_and_text() -> None:
    """Files with no TF Serving container give nothing, and unreadable text gives nothing."""
    assert served_model_dirs("docker-compose.yml", "services:\n  web:\n    image: nginx\n    volumes:\n      - ./models:/srv\n") == ()
    assert served_model_dirs("serve.sh", "echo 'tensorflow serving is down' \"unterminated\n") == ()
