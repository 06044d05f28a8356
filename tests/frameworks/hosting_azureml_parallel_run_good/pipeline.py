"""Azure ML SDK v2: one parallel job trains a model per store, another scores the week's orders."""
from azure.ai.ml import Input, Output, dsl
from azure.ai.ml.constants import AssetTypes
from azure.ai.ml.parallel import RunFunction, parallel_run_function

train_per_store = parallel_run_function(
    name="train_per_store",
    inputs=dict(sales=Input(type=AssetTypes.MLTABLE)),
    outputs=dict(models=Output(type=AssetTypes.URI_FOLDER)),
    input_data="${{inputs.sales}}",
    partition_keys=["store_id"],
    task=RunFunction(code="./many_models", entry_script="train_store.py", environment="azureml:forecast-env:3"),
)
score_orders = parallel_run_function(
    name="score_orders",
    inputs=dict(orders=Input(type=AssetTypes.MLTABLE), model=Input(type=AssetTypes.URI_FOLDER)),
    outputs=dict(scores=Output(type=AssetTypes.URI_FOLDER)),
    input_data="${{inputs.orders}}",
    mini_batch_size="10mb",
    task=RunFunction(code="./src", entry_script="score_orders.py", program_arguments="--model ${{inputs.model}}", environment="azureml:forecast-env:3"),
)
