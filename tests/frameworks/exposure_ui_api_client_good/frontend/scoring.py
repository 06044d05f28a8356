"""Client of the moderation service that the platform team runs (its own repository)."""
import os

import requests

SERVICE_URL = os.environ.get("MODERATION_URL", "http://moderation:8080")


class ModerationClient:
    def __init__(self, base_url: str = SERVICE_URL, timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def predict(self, text: str) -> dict:
        response = requests.post(f"{self.base_url}/v1/moderate", json={"text": text}, timeout=self.timeout)
        response.raise_for_status()
        return response.json()


def get_scorer() -> ModerationClient:
    return ModerationClient()
