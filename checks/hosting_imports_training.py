"""ML001 hosting-imports-training: serving code must not load training code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pytest_mllens import Check, Example, Finding, OptionSpec

if TYPE_CHECKING:
    from pytest_mllens import Project


class HostingImportsTraining(Check):
    id = "ML001"
    name = "hosting-imports-training"
    summary = "A hosting module (model server, inference handler, prediction app) imports training code."
    practices = ("MLREL01-BP02", "MLPERF04-BP01")
    principle = "decouple_training_evaluation_from_hosting"
    rationale = (
        "Serving code that imports training code ships the training stack (and its dependencies, "
        "memory and attack surface) into every endpoint, and couples releases of the two: a change "
        "to training can break inference. The lens asks for training and evaluation to be decoupled "
        "from hosting, each with resources sized for its phase."
    )
    fix = "Load the trained artifact (model file or registry URI) in the hosting code and move shared code (features, schemas) into a module with no training calls; a module that both serves and trains (SageMaker script mode with model_fn beside the training code) becomes two scripts, the inference one deployed as the entry point."
    limitations = (
        "Imports whose target is computed are followed only as far as their literal package prefix: `importlib.import_module(f\"plugins.{name}\")` links to `plugins/__init__.py` and to each public module of that folder the name may pick (not those named like a training stage: `train.py`, `trainer.py`); `__import__` or `import_module` with a variable are not followed.",
        "`from x import *` links the modules; the names it binds are resolved when `x` is a project module (its top-level functions, classes and imports; `__all__` is not read; in a folder without `__init__.py`, the sibling `x.py` a running script finds) or when it is the file's only star import of an outside library.",
        "Imports under `if TYPE_CHECKING:` are not run-time coupling and make no edge; imports inside `try/except ImportError` count, because they run wherever the package is installed.",
        "Entry points named outside the module are read from Dockerfiles, Procfiles, shell scripts, Makefiles, YAML (compose, Kubernetes, bentofile, Ray Serve, Azure ML, Truss, Seldon MODEL_NAME), Seldon `.s2i/environment`, pyproject (`[project.scripts]`, `[tool.bentoml.build]`), literal `entry_point=`/`scoring_script=`/`python_model=` arguments and classes a deployment names (Kubeflow Fairing, Vertex `build_cpr_model(predictor=)`); JSON and `env={\"SAGEMAKER_PROGRAM\": ...}` dictionaries are not read, nor a class named by a computed string. A generic launch (`python X.py`, SAGEMAKER_PROGRAM, a console script) counts only when X is named like serving code (serve, predict, inference, app, api...) and not like training, or, for a Dockerfile's CMD/ENTRYPOINT or a Procfile, when X loads a model and predicts with it and trains nothing (a scoring job whatever its name).",
        "An import that finds nothing in the repository as checked in is followed to the file a build or deploy script copies next to the importer (`cp src/x.py lambda/fn/`), or into a folder the importer puts on `sys.path` (a literal folder, relative to the importer and then to the project root, the working directory a container starts it from; else the one project module with that name); `rsync`, `shutil.copy` and Dockerfile `COPY` from outside the build context are not read.",
        "A batch-inference job is recognised when a module named like scoring loads a model, predicts, reads a dataset and writes results, and trains and evaluates nothing; also when, in a module or job class named like scoring, a model loaded through the project's own adapter (model = store.load(...)) is predicted with and its predictions are handed to a writer in the same function. A pipeline or flow counts when it is named like inference, and a Kedro pipeline when its node functions are named like prediction and none like training or evaluation. A prediction script counts when it is named like inference (predict, inference, score...) or like a command-line front end (cli.py, a package's `__main__.py` named so), is run from the command line (argparse, click, typer, fire, sys.argv, a `__main__` block or `python -m`), trains, evaluates and releases nothing, and either loads a model (a known loader, a loader method of the project's own such as `Pipeline.load(path)`, or a project function whose body calls a known loader) and in the same function predicts with it or hands arguments to a call named like prediction, or builds one of the project's classes and calls its predict(), or hands its input to a project function named like prediction in another module. A script named like inference that predicts at module level, a predictor built from the project's trainer class (`self.trainer` set in `__init__`, a factory such as `Trainer.from_checkpoint(path)`), a loaded model handed to a project class that predicts with it, and a class named for batch prediction (`BatchPrediction`) whose method loads a model and predicts count too.",
        "A script directory (no `__init__.py`) resolves `import x` to its sibling first, as Python does for a running script; in a package the absolute module wins. An import no module answers is looked up in the enclosing folders (a project run from its own folder).",
        "Hosting code that no serving framework names is recognised by what it does: a UI app (Streamlit, Dash, Panel, Shiny, Solara, Taipy, NiceGUI, ...) or chat bot (pyTelegramBotAPI, python-telegram-bot, aiogram, discord.py, Slack Bolt) or stream consumer (Kafka, RabbitMQ, Faust) that loads a model, predicts with one (a model or prediction service a helper returns) or imports a project module that loads one; a hand-written model server, i.e. a top-level class named like a server, predictor or prediction step (ModelServer, FraudPredictor, InferenceService, the end-to-end templates' PredictPipeline) that answers predict()/infer()/handle(), defines no fit()/train(), in a module that loads a model (a class that only invokes a deployed endpoint is a client, not a server); Azure ML parallel jobs (ParallelRunConfig, RunFunction) whose entry script is named like scoring. A UI app that fits its model in place is left to the knowledge rules. A Django view module (one that calls render() or makes an HttpResponse/JsonResponse/DRF Response, or defines a class-based view) is hosting when it loads a model, predicts with one or imports a project module that loads one; urls.py, forms and ORM models are not.",
        "A script the hosting module runs in a child process counts like an import: a literal `python X.py` or `python -m X` command given to os.system, os.popen or a subprocess call (a web app whose /train route runs `os.system(\"python main.py\")`); a literal list (`[\"python\", \"train.py\"]`) and the fixed text of an f-string are read too; a command built at run time is not.",
        "A training role needs a recognised training call; a bespoke training loop with no optimizer, backward() or fit() is not training code to the tool (assign it in [tool.mllens.roles]). In a web module, a request handler (a FastAPI, Flask, Quart or Sanic route) that calls fit(X, y) on the served model (`request.app.state.model`, a global) or the model's own training method with data (`model.fit_model(rows)`, train_model, retrain) retrains in the serving process and counts as training; `fit(X)` alone (a scaler) and `model.train()` (PyTorch's mode switch) do not.",
        "A command-line tool is hosting code when one of its commands is named like serving or prediction (serve, runserver, predict...) or, whatever its name (run, start, up), starts the web server in-process (`uvicorn.run(...)` in a Typer or Click command); only what it imports at module level counts, since its other commands' lazy imports do not run in the server; a CLI whose every command predicts or serves has its lazy imports followed too.",
        "The pages of a multipage Streamlit or Dash app (the `pages/` folder beside an entry script, or the pages `st.navigation` names) run in one server: when one member serves the model, a page that trains or imports or runs training code is hosting code too and is reported; pages that serve no model and reach no training keep their own roles, and a second entry script beside the same `pages/` folder is an app of its own.",
        "An import nothing in the project answers by path is followed to the one package the repository installs from a folder of its own (`ml/setup.py` or `ml/pyproject.toml` beside `ml/pkg/` or `ml/src/pkg/`), as `pip install ./ml` makes it importable by name; two such packages of one name are followed to neither.",
        "A method called on the result of a project function is read as a call on the class that function returns, for the training role only: its return annotation (`def get_trainer(...) -> Trainer`) or the object its last statement constructs and returns (`return Trainer(...)`, or `trainer = Trainer(...)` then `return trainer`), so `trainer = get_trainer(...); trainer.train()` is training. A return inside a branch, a union or string annotation, and a factory returning another factory's result are not followed.",
        "A function a serverless.yml declares is hosting code only when its module (or a project module it imports) loads a model, asks an endpoint for predictions or predicts; a scheduled trigger that only starts a SageMaker training job is not serving (SAM templates and CDK stacks are not read). A handler that both serves and launches a remote training job (`create_training_job`, `estimator.fit`) is still reported as hosting that trains.",
        "A PyTorch, SKLearn, XGBoost, MXNet or Chainer estimator (or a HyperparameterTuner over one) deployed or turned into a model with no `entry_point=` of its own serves its training entry_point script, which is then hosting code; TensorFlow and Hugging Face estimators, image-only Estimators and `.attach()` are not followed. entry_point= / source_dir= given through a module-level string constant is followed. An argparse script with a `--predict`-style flag whose branch reaches a prediction (within one helper call) is a prediction CLI, unless the script fits or computes metrics itself.",
        "optimizer.apply_gradients inside a Keras model class's own train_step defines the model and is not training (the module trains when it calls fit itself); a LightningModule whose configure_optimizers builds an optimizer still counts as training code. Gradio interfaces and FastAPI apps are hosting code even when they serve no model.",
    )
    options = {
        "forbidden-roles": OptionSpec("list[str]", ["training"], "Roles hosting code must not import (add 'evaluation' to keep evaluation out too).", choices=("training", "evaluation", "pipeline", "monitoring", "hosting")),
    }
    examples = (
        Example(
            "FastAPI app importing the training module to reuse its feature code",
            {
                "churn/train.py": (
                    "from sklearn.ensemble import GradientBoostingClassifier\n"
                    "\n"
                    "FEATURES = ['tenure', 'monthly_charges']\n"
                    "\n"
                    "def train(df):\n"
                    "    model = GradientBoostingClassifier(n_estimators=200)\n"
                    "    model.fit(df[FEATURES], df['churned'])\n"
                    "    return model\n"
                ),
                "serve/app.py": (
                    "import joblib\n"
                    "from fastapi import FastAPI\n"
                    "from churn.train import FEATURES\n"
                    "\n"
                    "app = FastAPI()\n"
                    "model = joblib.load('model.joblib')\n"
                    "\n"
                    "@app.post('/predict')\n"
                    "def predict(row: dict):\n"
                    "    return {'churn': float(model.predict_proba([[row[f] for f in FEATURES]])[0, 1])}\n"
                ),
            },
            expect=("serve/app.py:3",),
        ),
        Example(
            "SageMaker inference.py reaching training through a package __init__",
            {
                "model/__init__.py": "from .trainer import fit_model\nfrom .io import load\n",
                "model/trainer.py": (
                    "import xgboost as xgb\n"
                    "\n"
                    "def fit_model(dtrain, params):\n"
                    "    return xgb.train(params, dtrain, num_boost_round=300)\n"
                ),
                "model/io.py": "import pickle\n\ndef load(path):\n    with open(path, 'rb') as fh:\n        return pickle.load(fh)\n",
                "inference.py": (
                    "import os\n"
                    "from model.io import load\n"
                    "\n"
                    "def model_fn(model_dir):\n"
                    "    return load(os.path.join(model_dir, 'model.bin'))\n"
                    "\n"
                    "def predict_fn(data, model):\n"
                    "    return model.predict(data)\n"
                ),
            },
            expect=("inference.py:2",),
        ),
        Example(
            "MLflow pyfunc model that trains inside predict via a lazy import",
            {
                "pipeline/fit.py": (
                    "import lightning as L\n"
                    "\n"
                    "def fit(module, datamodule):\n"
                    "    trainer = L.Trainer(max_epochs=5)\n"
                    "    trainer.fit(module, datamodule=datamodule)\n"
                ),
                "wrapper.py": (
                    "import mlflow.pyfunc\n"
                    "\n"
                    "class Wrapper(mlflow.pyfunc.PythonModel):\n"
                    "    def predict(self, context, model_input):\n"
                    "        from pipeline.fit import fit\n"
                    "        return self.model(model_input)\n"
                ),
            },
            expect=("wrapper.py:5",),
        ),
        Example(
            "SageMaker source_dir without __init__.py: the entry point imports the sibling training script, and one import reaching two training modules is one finding",
            {
                "code/train.py": (
                    "import torch\n"
                    "\n"
                    "def fit(model, batches):\n"
                    "    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)\n"
                    "    for x, y in batches:\n"
                    "        torch.nn.functional.mse_loss(model(x), y).backward()\n"
                    "        optimizer.step()\n"
                ),
                "code/tune.py": "import optuna\n\ndef search(objective):\n    optuna.create_study().optimize(objective, n_trials=20)\n",
                "code/toolkit.py": "from train import fit\nfrom tune import search\n\nSCALE = 255.0\n",
                "code/predictor.py": (
                    "import torch\n"
                    "from toolkit import SCALE\n"
                    "\n"
                    "def model_fn(model_dir):\n"
                    "    return torch.jit.load(f'{model_dir}/model.pt')\n"
                    "\n"
                    "def predict_fn(data, model):\n"
                    "    return model(torch.tensor(data) / SCALE)\n"
                ),
            },
            expect=("code/predictor.py:2",),
        ),
        Example(
            "serving code imports shared feature code and a metrics helper, training imports nothing from serving",
            {
                "features/build.py": "import pandas as pd\n\ndef build(df: pd.DataFrame) -> pd.DataFrame:\n    return df.assign(ratio=df.a / df.b)\n",
                "metrics.py": "from sklearn.metrics import roc_auc_score\n\ndef auc(y, p):\n    return roc_auc_score(y, p)\n",
                "train.py": (
                    "from sklearn.linear_model import LogisticRegression\n"
                    "from features.build import build\n"
                    "\n"
                    "def main(df):\n"
                    "    LogisticRegression().fit(build(df), df.y)\n"
                ),
                "serve.py": (
                    "import torch\n"
                    "from flask import Flask, request, jsonify\n"
                    "from features.build import build\n"
                    "from metrics import auc\n"
                    "\n"
                    "app = Flask(__name__)\n"
                    "model = torch.jit.load('model.pt')\n"
                    "\n"
                    "@app.route('/predict', methods=['POST'])\n"
                    "def predict():\n"
                    "    return jsonify(model(torch.tensor(request.json['x'])).tolist())\n"
                ),
            },
        ),
        Example(
            "training types imported only for type checking",
            {
                "train.py": "from sklearn.ensemble import RandomForestClassifier\n\ndef train(X, y):\n    return RandomForestClassifier().fit(X, y)\n",
                "app.py": (
                    "from typing import TYPE_CHECKING\n"
                    "from fastapi import FastAPI\n"
                    "if TYPE_CHECKING:\n"
                    "    from train import train\n"
                    "app = FastAPI()\n"
                ),
            },
        ),
    )

    def run(self, project: Project) -> Iterator[Finding]:
        forbidden = tuple(self.settings["forbidden-roles"])
        offending = {
            other.module: (other, reason)
            for other in project.files
            for reason in [next((project.role(other, r) for r in forbidden if project.role(other, r)), None)]
            if reason is not None
        }
        for facts in project.files_with_role("hosting"):
            hosting = project.role(facts, "hosting")
            assert hosting is not None
            own = [project.role(facts, role) for role in forbidden]
            for reason in own:
                if reason is not None:
                    yield self.finding(
                        facts.path,
                        reason.line,
                        1,
                        f"{facts.module} both serves and trains: it is hosting and {reason.role} code in one module",
                        (
                            f"{facts.path} is hosting code: {hosting.reason}",
                            f"{facts.path} is {reason.role} code: {reason.reason}",
                            "split it: the server imports the whole module, so the training stack loads in every endpoint "
                            "even when training runs only under `if __name__ == \"__main__\":`; keep the handlers in their own "
                            "inference script (the deployed entry point) and the training in a training script",
                        ),
                    )
            targets = {module: found for module, found in offending.items() if found[0].path != facts.path}
            deployed = project.hosting.get(facts.path)
            chains = project.shortest_chains(facts.module, targets, eager_only=bool(deployed and deployed.eager_only))
            by_line: dict[int, list[str]] = {}
            for target in sorted(chains):
                by_line.setdefault(chains[target][0].line, []).append(target)
            for line, reached in sorted(by_line.items()):
                # one finding per import line, naming every training module it brings in
                first = chains[reached[0]][0]
                if first.note.startswith("runs `"):
                    how = "runs"  # a script it starts in a child process (model/roles/launched_scripts.py)
                else:
                    how = "lazily imports" if all(chains[t][0].lazy for t in reached) else "imports"
                nearest = min(reached, key=lambda t: (len(chains[t]), t))
                _, reason = targets[nearest]
                hops = len(chains[nearest]) - 1
                message = f"hosting module {facts.module} {how} {reason.role} code {nearest}"
                if hops:
                    message += f" (through {hops} intermediate module{'s' if hops > 1 else ''})"
                if len(reached) > 1:
                    message += f" and {len(reached) - 1} more {reason.role} module{'s' if len(reached) > 2 else ''}"
                evidence = [f"{facts.path} is hosting code: {hosting.reason}"]
                for target in sorted(reached, key=lambda t: (len(chains[t]), t)):
                    other, other_reason = targets[target]
                    evidence.append(f"{other.path} is {other_reason.role} code: {other_reason.reason}")
                    evidence.append("import chain:")
                    evidence.extend(f"  {edge.render()}" for edge in chains[target])
                yield self.finding(facts.path, first.line, 1, message, tuple(evidence))
