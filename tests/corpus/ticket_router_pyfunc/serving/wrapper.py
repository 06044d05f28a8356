import joblib
import mlflow.pyfunc
import pandas as pd

from ticket_router.utils import clean_text


class TicketRouter(mlflow.pyfunc.PythonModel):
    """Routes support tickets to a queue; wraps the TF-IDF + LR sklearn pipeline."""

    def load_context(self, context):
        self.pipe = joblib.load(context.artifacts["pipeline"])

    def predict(self, context, model_input: pd.DataFrame) -> pd.DataFrame:
        texts = model_input["body"].map(clean_text)
        probs = self.pipe.predict_proba(texts)
        return pd.DataFrame({"queue": self.pipe.classes_[probs.argmax(1)], "confidence": probs.max(1)})
