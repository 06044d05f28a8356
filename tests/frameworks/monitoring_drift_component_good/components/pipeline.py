"""Daily scoring pipeline: compare today's batch with yesterday's, then score it."""
from kfp import dsl
from kfp.dsl import component

from components.data_checks import feature_drift_check

drift_op = component(func=feature_drift_check, packages_to_install=["scipy", "pandas", "pyarrow"])


@dsl.pipeline(name="daily-scoring")
def daily_scoring(today_uri: str, yesterday_uri: str):
    today = dsl.importer(artifact_uri=today_uri, artifact_class=dsl.Dataset)
    yesterday = dsl.importer(artifact_uri=yesterday_uri, artifact_class=dsl.Dataset)
    drift_op(batch_a=today.output, batch_b=yesterday.output, numeric_threshold=0.1)
