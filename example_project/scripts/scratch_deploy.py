"""Scratch: push the latest training job's model to a dev endpoint for a demo (2024-03).

Not part of the release process; excluded from pytest-mllens via extend-exclude.
"""

import sagemaker
from sagemaker.estimator import Estimator

session = sagemaker.Session()
estimator = Estimator.attach("churn-gbm-2024-03-11-09-14-52-118", sagemaker_session=session)
predictor = estimator.deploy(initial_instance_count=1, instance_type="ml.t2.medium", endpoint_name="churn-demo")
print(predictor.endpoint_name)
