"""A team's own file catalog of exported artefacts (no Azure ML): it records where files are."""
import json
from pathlib import Path


class Catalog:
    def __init__(self, index: Path) -> None:
        self.index = index

    def register_model(self, model_name: str, model_path: str) -> None:
        entries = json.loads(self.index.read_text()) if self.index.exists() else {}
        entries[model_name] = model_path
        self.index.write_text(json.dumps(entries, indent=2))


def remember(catalog: Catalog, export_dir: str) -> None:
    catalog.register_model(model_name="tokenizer", model_path=f"{export_dir}/tokenizer.json")
