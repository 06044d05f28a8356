"""The newer ModelTrainer interface (sagemaker >= 2.237)."""
from sagemaker.modules.configs import InputData, SourceCode
from sagemaker.modules.train import ModelTrainer

trainer = ModelTrainer(
    training_image="763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.2.0-gpu-py310",
    source_code=SourceCode(source_dir="code", entry_script="train.py"),
    base_job_name="churn-train",
)
trainer.train(input_data_config=[InputData(channel_name="train", data_source="s3://bucket/churn/train")])
