import mlflow.pyfunc as pyfunc
import pandas as pd

from recsys.neighbours import top_k


class SimilarItemsModel(pyfunc.PythonModel):
    def load_context(self, context):
        self.table = pd.read_parquet(context.artifacts["neighbours"])

    def predict(self, context, model_input: pd.DataFrame, params=None):
        return [top_k(self.table, item, k=5) for item in model_input["item_id"]]
