import joblib
import mlflow.pyfunc
import pandas as pd

from ticket.text import clean_text


class TicketRouterModel(mlflow.pyfunc.PythonModel):
    def load_context(self, context):
        self.pipeline = joblib.load(context.artifacts["pipeline"])

    def predict(self, context, model_input: pd.DataFrame, params=None):
        return pd.Series(self.pipeline.predict(model_input["body"].map(clean_text)), name="queue")
