"""Legacy azureml-core (v1) flow still used by the nightly job."""
from azureml.core import Model, Run, Workspace
from azureml.core.model import InferenceConfig
from azureml.core.webservice import AciWebservice

run = Run.get_context()
run.register_model(model_name="churn-v1", model_path="outputs/model.pkl")

ws = Workspace.from_config()
model = Model.register(workspace=ws, model_path="outputs/model.pkl", model_name="churn-v1")
service = Model.deploy(ws, "churn-v1-aci", [model], InferenceConfig(entry_script="score.py", environment=None),
                       AciWebservice.deploy_configuration(cpu_cores=1, memory_gb=1))
