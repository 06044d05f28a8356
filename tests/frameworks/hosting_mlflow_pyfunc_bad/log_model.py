import mlflow

from serving.router_model import TicketRouterModel

if __name__ == "__main__":
    with mlflow.start_run():
        mlflow.pyfunc.log_model(
            artifact_path="ticket_router",
            python_model=TicketRouterModel(),
            artifacts={"pipeline": "router.joblib"},
            code_paths=["serving", "ticket"],
        )
