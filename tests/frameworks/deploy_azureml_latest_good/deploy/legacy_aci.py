"""Azure ML SDK v1: serve the latest registered credit-risk model on ACI for the demo site."""
from azureml.core import Environment, Workspace
from azureml.core.model import InferenceConfig, Model
from azureml.core.webservice import AciWebservice

ws = Workspace.from_config()
model = Model(ws, name="credit-risk")
inference = InferenceConfig(entry_script="score.py", source_directory="deploy", environment=Environment.get(ws, "credit-serving"))
service = Model.deploy(ws, "credit-risk-demo", [model], inference, AciWebservice.deploy_configuration(cpu_cores=1, memory_gb=2))
service.wait_for_deployment(show_output=True)
