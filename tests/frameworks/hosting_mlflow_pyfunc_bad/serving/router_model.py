import joblib
import pandas as pd
from mlflow.pyfunc import PythonModel

from ticket.train import clean_text


class TicketRouterModel(PythonModel):
    def load_context(self, context):
        self.pipeline = joblib.load(context.artifacts["pipeline"])

    def predict(self, context, model_input: pd.DataFrame, params=None):
        texts = model_input["body"].map(clean_text)
        return pd.Series(self.pipeline.predict(texts), name="queue")
