"""Thin HTTP client for the workspace REST API (token auth, JSON in and out)."""
import os

import requests


class WorkspaceHttp:
    def __init__(self, prefix: str = "api/2.0") -> None:
        self.base = f"https://{os.environ['WORKSPACE_HOST']}/{prefix}"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['WORKSPACE_TOKEN']}"

    def get(self, path: str) -> dict:
        reply = self.session.get(f"{self.base}/{path}", timeout=30)
        reply.raise_for_status()
        return reply.json()

    def post(self, path: str, body: dict) -> dict:
        reply = self.session.post(f"{self.base}/{path}", json=body, timeout=30)
        reply.raise_for_status()
        return reply.json()

    def put(self, path: str, body: dict) -> dict:
        reply = self.session.put(f"{self.base}/{path}", json=body, timeout=30)
        reply.raise_for_status()
        return reply.json()
