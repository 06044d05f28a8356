"""The build-file readers of file handoffs (facts/configs/build_steps.py): what each build step
hands over to serving, read as text."""

from __future__ import annotations

from pytest_mllens.facts.configs.build_steps import build_facts, compose_mounts, dockerfile_steps, dvc_stages, handoff_commands, manifest_data, package_data
from pytest_mllens.facts.configs.deploy_config import config_kind, extract_config


def test_dockerfile_env_and_archiver_are_steps() -> None:
    """ENV (both forms) and ARG defaults are kept in order, and an archiver a RUN calls names its model file."""
    steps = dockerfile_steps(
        "FROM pytorch/torchserve\nARG HOME_DIR=/srv\nENV MODEL_DIR /srv/models\nENV A=1 B=two\n"
        "COPY models/ ${MODEL_DIR}/\nRUN torch-model-archiver --model-name m --serialized-file ${MODEL_DIR}/m.pt --handler h.py\n"
    )
    assert ("env", 2, "HOME_DIR", "/srv") in steps
    assert ("env", 3, "MODEL_DIR", "/srv/models") in steps
    assert ("env", 4, "A", "1") in steps and ("env", 4, "B", "two") in steps
    assert ("archive", 6, "${MODEL_DIR}/m.pt") in steps


def test_handoff_commands_read_shell_and_yaml_lines() -> None:
    """An archiver over continued lines, an S3 copy in a build spec list item and the build that ships it."""
    script = "set -e\ntorch-model-archiver --model-name digits \\\n  --serialized-file=artifacts/digits.pt --handler h.py\n"
    assert handoff_commands(script) == (("archive", 2, "artifacts/digits.pt"),)
    spec = "phases:\n  build:\n    commands:\n      - aws s3 cp s3://bucket/models/latest/m.joblib app/m.joblib\n      - docker build -t repo:latest app\n"
    assert handoff_commands(spec) == (("fetch", 4, "s3://bucket/models/latest/m.joblib", "app/m.joblib"), ("ship", 5, "docker build"))


def test_handoff_commands_ignore_uploads_and_plain_copies() -> None:
    """An upload to S3 (the key is the destination) is only recorded as a push (a handoff only
    when a training save writes its source and serving downloads its key); a local cp hands
    nothing over by itself."""
    assert handoff_commands("aws s3 cp model.joblib s3://bucket/models/model.joblib\ncp a.pkl b/\n") == (("push", 1, "model.joblib", "s3://bucket/models/model.joblib"),)


def test_dvc_stages_keep_command_and_outs() -> None:
    """Each stage with outs: its command and its outs, an out with options included."""
    text = (
        "stages:\n  prepare:\n    cmd: python prep.py\n    deps:\n      - raw.csv\n"
        "  train:\n    cmd: python src/train.py --out models\n    outs:\n      - models/model.pkl:\n          cache: false\n"
        "    metrics:\n      - metrics.json\n"
    )
    assert dvc_stages(text) == (("stage", 6, "train", "python src/train.py --out models", "models/model.pkl"),)


def test_manifest_and_package_data_name_packaged_folders() -> None:
    """MANIFEST.in includes inside a package and setuptools package-data globs; root files are no package data."""
    manifest = "include README.md\ninclude churn/artifacts/*.joblib\nrecursive-include churn/models *.pkl *.pt\ngraft churn/static\n"
    assert manifest_data(manifest) == (
        ("package", 2, "churn/artifacts", "*.joblib", False),
        ("package", 3, "churn/models", "*.pkl", True),
        ("package", 3, "churn/models", "*.pt", True),
        ("package", 4, "churn/static", "*", True),
    )
    pyproject = '[project]\nname = "churn"\n\n[tool.setuptools.package-data]\n"churn.serving" = ["weights/*.pt"]\n'
    assert package_data(pyproject) == (("package", 5, "churn/serving/weights", "*.pt", False),)


def test_config_files_carry_the_handoff_facts() -> None:
    """MANIFEST.in is a deployment file now, and a dvc.yaml and a CI pipeline keep their handoffs."""
    assert config_kind("pkg/MANIFEST.in") == "config"
    assert extract_config("MANIFEST.in", b"include pkg/model/*.pkl\n").extra["packaged"] == (("package", 1, "pkg/model", "*.pkl", False),)
    dvc = extract_config("dvc.yaml", b"stages:\n  train:\n    cmd: python train.py\n    outs:\n      - model.pkl\n")
    assert dvc.extra["dvc_stages"] == (("stage", 2, "train", "python train.py", "model.pkl"),)
    ci = extract_config(".github/workflows/build.yml", b"jobs:\n  b:\n    steps:\n      - run: gsutil cp gs://b/m/model.bst model.bst\n      - run: gcloud builds submit .\n")
    assert [step[0] for step in ci.extra["handoffs"]] == ["fetch", "ship"]
    assert build_facts("README.md", "aws s3 cp s3://a/b c") == {}


def test_compose_mounts_are_the_bind_mounts_of_built_services() -> None:
    """Short and long volume syntax of a service with build: count; named volumes and image-only services do not."""
    text = (
        "services:\n"
        "  api:\n"
        "    build:\n"
        "      context: ./api\n"
        "      dockerfile: Dockerfile.serve\n"
        "    volumes:\n"
        "      - ./models/model.pkl:/app/model.pkl:ro\n"
        "      - cache:/root/.cache\n"
        "      - type: bind\n"
        "        source: ./artifacts\n"
        "        target: /app/artifacts\n"
        "  db:\n"
        "    image: postgres:16\n"
        "    volumes:\n"
        "      - ./data:/var/lib/postgresql/data\n"
        "volumes:\n"
        "  cache: {}\n"
    )
    mounts = compose_mounts(text)
    assert [(m[1], m[2], m[3], m[4], m[5]) for m in mounts] == [
        ("api", "./api", "Dockerfile.serve", "./models/model.pkl", "/app/model.pkl"),
        ("api", "./api", "Dockerfile.serve", "./artifacts", "/app/artifacts"),
    ]
