"""Hosting roles and ML003 exposure (roles14b): serverless functions named only by deploy
configuration are hosting when they serve a model, Azure ML pipeline scoring steps are not,
and a decorator that writes a table completes a batch-scoring job."""

from __future__ import annotations

from pathlib import Path

from pytest_mllens.config import parse_settings
from pytest_mllens.engine import analyse
from pytest_mllens.registry import load_registry


def _analysis(root: Path):  # type: ignore[no-untyped-def]
    registry = load_registry([])
    settings = parse_settings({}, {n: c.options for n, c in registry.checks.items()}, registry.aliases)
    return analyse(root, settings, registry)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _ml003(root: Path) -> list[str]:
    return [f"{f.path}:{f.line} {' | '.join(f.evidence)}" for f in _analysis(root).findings if f.check == "missing-drift-monitor"]


def _hosting(root: Path) -> dict[str, str]:
    project = _analysis(root).project
    assert project is not None
    return {path: r.reason for path, reasons in project.roles.items() for r in reasons if r.role == "hosting"}


# -- 2. serverless functions named by deploy configuration -------------------------------------
GCF_MAIN = (
    "import lightgbm as lgb\nfrom google.cloud import storage\n\n"
    "blob = storage.Client().bucket('models').blob('points.txt')\nbooster = lgb.Booster(model_str=blob.download_as_text())\n\n"
    "def answer(request):\n    rows = request.get_json()['rows']\n    return {'scores': booster.predict(rows).tolist()}\n"
)
GCF_WORKFLOW = (
    "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
    "      - uses: actions/checkout@v4\n      - uses: google-github-actions/deploy-cloud-functions@v2\n"
    "        with:\n          name: points\n          runtime: python311\n          entry_point: answer\n          source_dir: fn\n"
)


def test_a_cloud_function_named_by_a_deploy_action_serves_its_model(tmp_path: Path) -> None:
    _write(tmp_path, {"fn/main.py": GCF_MAIN, ".github/workflows/deploy.yml": GCF_WORKFLOW})
    hosting = _hosting(tmp_path)
    assert "fn/main.py" in hosting and "entry_point: answer" in hosting["fn/main.py"], hosting
    assert _ml003(tmp_path)


def test_a_cloud_function_deployed_with_gcloud_is_hosting(tmp_path: Path) -> None:
    script = "#!/bin/sh\ngcloud functions deploy points --runtime python311 \\\n  --entry-point=answer --source=fn --trigger-http\n"
    _write(tmp_path, {"fn/main.py": GCF_MAIN, "deploy.sh": script})
    assert "fn/main.py" in _hosting(tmp_path)


def test_a_cloud_function_webhook_with_no_model_exposes_nothing(tmp_path: Path) -> None:
    webhook = "import json\n\ndef answer(request):\n    payload = request.get_json()\n    return json.dumps({'received': len(payload)})\n"
    _write(tmp_path, {"fn/main.py": webhook, ".github/workflows/deploy.yml": GCF_WORKFLOW})
    assert _ml003(tmp_path) == []


AZ_FUNC = (
    "import json\nimport urllib.request\nimport azure.functions as func\n\napp = func.FunctionApp()\n\n"
    "@app.route(route='score')\ndef score(req: func.HttpRequest) -> func.HttpResponse:\n"
    "    endpoint = 'https://churn.westeurope.inference.ml.azure.com/score'\n"
    "    body = json.dumps({'data': req.get_json()['rows']}).encode()\n"
    "    reply = urllib.request.urlopen(urllib.request.Request(endpoint, body, {'Content-Type': 'application/json'}))\n"
    "    return func.HttpResponse(reply.read())\n"
)


def test_an_azure_function_that_calls_a_scoring_endpoint_is_hosting(tmp_path: Path) -> None:
    _write(tmp_path, {"functions/function_app.py": AZ_FUNC})
    hosting = _hosting(tmp_path)
    assert "functions/function_app.py" in hosting and "inference.ml.azure.com" in hosting["functions/function_app.py"], hosting


def test_an_azure_function_that_resizes_images_is_not_hosting(tmp_path: Path) -> None:
    other = AZ_FUNC.replace("https://churn.westeurope.inference.ml.azure.com/score", "https://thumbnails.example.com/resize")
    _write(tmp_path, {"functions/function_app.py": other})
    assert "functions/function_app.py" not in _hosting(tmp_path)


# -- 4. Azure ML pipeline scoring steps ----------------------------------------------------------
SCORE_STEP = (
    "import argparse\nimport joblib\nimport pandas as pd\n\n"
    "parser = argparse.ArgumentParser()\nparser.add_argument('--model')\nparser.add_argument('--test')\nparser.add_argument('--out')\n"
    "args = parser.parse_args()\nmodel = joblib.load(args.model)\nframe = pd.read_csv(args.test)\n"
    "frame['pred'] = model.predict(frame.drop(columns=['label']))\nframe.to_csv(args.out)\n"
)
SCORE_YAML = (
    "$schema: https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json\nname: score\ntype: command\n"
    "inputs:\n  model:\n    type: uri_folder\n  test:\n    type: uri_file\noutputs:\n  out:\n    type: uri_file\ncode: .\n"
    "command: >\n  python score.py --model ${{inputs.model}} --test ${{inputs.test}} --out ${{outputs.out}}\n"
)
PIPELINE = (
    "from azure.ai.ml import load_component\nfrom azure.ai.ml.dsl import pipeline\n\n"
    "train = load_component(source='components/train/train.yml')\nscore = load_component(source='components/score/score.yml')\n\n"
    "@pipeline()\ndef training(data):\n    fitted = train(data=data)\n    return score(model=fitted.outputs.model, test=data)\n"
)


def test_a_scoring_component_of_a_training_pipeline_is_not_hosting(tmp_path: Path) -> None:
    _write(tmp_path, {"components/score/score.py": SCORE_STEP, "components/score/score.yml": SCORE_YAML, "pipeline.py": PIPELINE})
    assert "components/score/score.py" not in _hosting(tmp_path)


def test_a_scoring_component_a_batch_deployment_runs_is_hosting(tmp_path: Path) -> None:
    batch = PIPELINE + (
        "\nfrom azure.ai.ml.entities import PipelineComponentBatchDeployment\n\n"
        "deployment = PipelineComponentBatchDeployment(name='nightly', endpoint_name='churn-batch', component=training)\n"
    )
    _write(tmp_path, {"components/score/score.py": SCORE_STEP, "components/score/score.yml": SCORE_YAML, "pipeline.py": batch})
    assert "components/score/score.py" in _hosting(tmp_path)


# -- 5. a decorator that writes the table ---------------------------------------------------------
def test_feature_store_scoring_written_by_a_table_decorator_is_batch_inference(tmp_path: Path) -> None:
    job = (
        "import daipe as dp\nfrom databricks import feature_store\n\n"
        "@dp.transformation(dp.read_table('gold.ids'))\ndef predictions(ids):\n"
        "    client = feature_store.FeatureStoreClient()\n    return client.score_batch('models:/churn/Production', ids)\n\n"
        "@dp.transformation(predictions)\n@dp.table_overwrite('gold.predictions')\ndef save(frame):\n    return frame\n"
    )
    _write(tmp_path, {"jobs/predictions_generator.py": job})
    assert "jobs/predictions_generator.py" in _hosting(tmp_path)


def test_feature_store_scoring_returned_to_a_caller_is_not_a_batch_job(tmp_path: Path) -> None:
    helper = (
        "from databricks import feature_store\n\n"
        "def predictions(ids):\n    client = feature_store.FeatureStoreClient()\n    return client.score_batch('models:/churn/Production', ids)\n"
    )
    _write(tmp_path, {"jobs/predictions_generator.py": helper})
    assert "jobs/predictions_generator.py" not in _hosting(tmp_path)
