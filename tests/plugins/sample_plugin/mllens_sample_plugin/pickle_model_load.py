"""MLX100 pickle-model-load: hosting code loads a model with a loader that can run code."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator

from pytest_mllens import Check, Example, Finding, OptionSpec, Project


class PickleModelLoad(Check):
    id = "MLX100"
    name = "pickle-model-load"
    summary = "Hosting code loads a model with pickle or a pickle-based loader, which runs any code stored in the file."
    practices = ("MLSEC05-BP01",)
    principle = "provide_protection"
    rationale = (
        "Unpickling executes whatever the file tells it to. An endpoint that loads its model with "
        "pickle, joblib or torch.load trusts every hand the artifact passed through: whoever can "
        "write to the model bucket can run code inside the endpoint."
    )
    fix = "Serve a format that cannot carry code (ONNX, safetensors, XGBoost JSON, skops with trusted types) or torch.load(..., weights_only=True)."
    limitations = ("Only calls made in hosting modules themselves are reported, not those in helpers they import.",)
    options = {
        "loaders": OptionSpec(
            "list[str]",
            ["pickle.load", "pickle.loads", "joblib.load", "cloudpickle.load", "dill.load", "torch.load", "pandas.read_pickle"],
            "Qualified names (globs) of loaders that can execute code from the file.",
        ),
    }
    examples = (
        Example(
            "FastAPI app loading a joblib model",
            {
                "serve/app.py": (
                    "import joblib\n"
                    "from fastapi import FastAPI\n"
                    "\n"
                    "app = FastAPI()\n"
                    "model = joblib.load('/opt/ml/model/model.joblib')\n"
                ),
            },
            expect=("serve/app.py:5",),
        ),
        Example(
            "Acme Serving server unpickling its model (hosting code by this plugin's knowledge)",
            {
                "server.py": (
                    "import pickle\n"
                    "\n"
                    "import acme_serving\n"
                    "\n"
                    "with open('model.pkl', 'rb') as handle:\n"
                    "    model = pickle.load(handle)\n"
                    "\n"
                    "server = acme_serving.Server(predict=model.predict, port=8080)\n"
                ),
            },
            expect=("server.py:6",),
        ),
        Example(
            "torch.load restricted to tensors",
            {
                "serve/app.py": (
                    "import torch\n"
                    "from fastapi import FastAPI\n"
                    "\n"
                    "app = FastAPI()\n"
                    "weights = torch.load('/opt/ml/model/model.pt', weights_only=True)\n"
                ),
            },
        ),
        Example(
            "a training script may unpickle its own checkpoint",
            {
                "train.py": (
                    "import joblib\n"
                    "from sklearn.linear_model import LogisticRegression\n"
                    "\n"
                    "previous = joblib.load('checkpoints/last.joblib')\n"
                    "model = LogisticRegression(C=previous.C).fit(X, y)\n"
                ),
            },
        ),
        Example(
            "the loaders option narrows what is reported",
            {
                "serve/app.py": (
                    "import joblib\n"
                    "from fastapi import FastAPI\n"
                    "\n"
                    "app = FastAPI()\n"
                    "model = joblib.load('/opt/ml/model/model.joblib')\n"
                ),
            },
            config={"checks": {"pickle-model-load": {"loaders": ["pickle.load", "pickle.loads"]}}},
        ),
    )

    def run(self, project: Project) -> Iterator[Finding]:
        loaders = self.settings["loaders"]
        for facts in project.files_with_role("hosting"):
            hosting = project.role(facts, "hosting")
            for call in facts.calls:
                if not any(fnmatch.fnmatchcase(call.name, pattern) for pattern in loaders):
                    continue
                if call.keyword("weights_only") is True:
                    continue
                yield self.finding(
                    facts.path,
                    call.line,
                    call.col,
                    f"hosting module {facts.module} loads a model with {call.name}(), which can run code stored in the file",
                    (
                        f"{facts.path} is hosting code: {hosting.reason if hosting else 'assigned'}",
                        f"loader: {call.name}() at line {call.line}",
                    ),
                )
