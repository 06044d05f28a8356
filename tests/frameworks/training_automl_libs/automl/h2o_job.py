"""H2O gradient boosting and AutoML on an H2OFrame."""
import h2o
from h2o.automl import H2OAutoML
from h2o.estimators import H2OGradientBoostingEstimator


def boosted(frame, predictors, response):
    gbm = H2OGradientBoostingEstimator(ntrees=200, max_depth=6)
    gbm.train(x=predictors, y=response, training_frame=frame)
    return gbm


def automl(frame, response):
    run = H2OAutoML(max_models=20, seed=7)
    run.train(y=response, training_frame=frame)
    return run.leader


def refit(estimator, frame, response):
    """Any H2O estimator handed in by the caller, refitted on fresh rows."""
    estimator.train(y=response, training_frame=frame)
    return estimator
