from zenml import pipeline

from steps.train import train_regressor


@pipeline(enable_cache=False)
def credit_limit_deployment(min_r2: float = 0.6):
    model = train_regressor()
    return model
