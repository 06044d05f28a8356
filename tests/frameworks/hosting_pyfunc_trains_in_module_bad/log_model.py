import mlflow
import pandas as pd

from recsys.similar_items import ItemFactoriser, SimilarItemsModel

if __name__ == "__main__":
    ratings = pd.read_parquet("ratings.parquet")
    with mlflow.start_run():
        mlflow.pyfunc.log_model(
            artifact_path="similar_items",
            python_model=SimilarItemsModel(ItemFactoriser(ratings).fit()),
            code_paths=["recsys"],
        )
