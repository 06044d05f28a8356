from sagemaker.huggingface import HuggingFaceModel
from sagemaker.model_monitor import DataCaptureConfig

model = HuggingFaceModel(
    model_data="s3://tickets-models/distilbert/model.tar.gz",
    role="arn:aws:iam::111122223333:role/sagemaker",
    transformers_version="4.37",
    pytorch_version="2.1",
    py_version="py310",
)
