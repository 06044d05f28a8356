"""Databricks Feature Serving: publish the latest house features behind a low-latency endpoint.

The endpoint serves a feature spec (a lookup over the online table), not a model: nothing is
scored here, so no evaluation gate applies.
"""

from databricks.feature_engineering import FeatureEngineeringClient, FeatureLookup
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput


class HouseFeatureEndpoint:
    def __init__(self, catalog: str, schema: str) -> None:
        self.table = f"{catalog}.{schema}.house_features"
        self.feature_spec_name = f"{catalog}.{schema}.house_lookup_spec"
        self.endpoint_name = "house-features"
        self.workspace = WorkspaceClient()
        self.features = FeatureEngineeringClient()

    def publish_spec(self) -> None:
        lookups = [FeatureLookup(table_name=self.table, lookup_key="house_id")]
        self.features.create_feature_spec(name=self.feature_spec_name, features=lookups)

    def serve(self) -> None:
        entities = [ServedEntityInput(entity_name=self.feature_spec_name, workload_size="Small", scale_to_zero_enabled=True)]
        existing = {endpoint.name for endpoint in self.workspace.serving_endpoints.list()}
        if self.endpoint_name in existing:
            self.workspace.serving_endpoints.update_config(name=self.endpoint_name, served_entities=entities)
        else:
            self.workspace.serving_endpoints.create(name=self.endpoint_name, config=EndpointCoreConfigInput(served_entities=entities))
