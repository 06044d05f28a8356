import mlflow

with mlflow.start_run():
    mlflow.pyfunc.log_model(artifact_path="ticket_summariser", python_model="serving/summariser.py")
