import mlflow

with mlflow.start_run():
    mlflow.pyfunc.log_model(
        artifact_path="ticket_summariser",
        python_model="serving/summariser.py",
        input_example=["printer on floor 3 jams on every duplex job"],
    )
