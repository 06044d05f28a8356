"""The team's registry wrapper: the app hands it an MLflow client; the serving side filters on the app_stage tag."""


class StageRegistry:
    def __init__(self, client) -> None:
        self.client = client

    def _newest(self, name: str) -> str:
        return max((v.version for v in self.client.search_model_versions(f"name='{name}'")), key=int)

    def _tag_stage(self, name: str, stage: str) -> None:
        self.client.set_model_version_tag(name=name, version=self._newest(name), key="app_stage", value=stage)

    def move(self, name: str, operation: str) -> str:
        stage = "Production" if operation == "promote" else "Archived"
        self._tag_stage(name, stage)
        return stage
