"""Our wrapper around model serving endpoints, so that jobs never build REST paths."""
from workspace.http import WorkspaceHttp


class EndpointClient:
    def __init__(self) -> None:
        self.http = WorkspaceHttp()

    def describe(self, name: str) -> dict:
        return self.http.get(f"serving-endpoints/{name}")

    def create(self, name: str, model: str, version: str) -> dict:
        served = [{"entity_name": model, "entity_version": version, "workload_size": "Small"}]
        return self.http.post("serving-endpoints", {"name": name, "config": {"served_entities": served}})

    def roll_to(self, name: str, model: str, version: str) -> dict:
        served = [{"entity_name": model, "entity_version": version, "workload_size": "Small"}]
        return self.http.put(f"serving-endpoints/{name}/config", {"served_entities": served})

    def score(self, name: str, rows: list) -> dict:
        return self.http.post(f"serving-endpoints/{name}/invocations", {"dataframe_records": rows})
