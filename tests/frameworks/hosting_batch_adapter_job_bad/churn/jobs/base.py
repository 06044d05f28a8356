"""What every job shares: its settings and a run() to override."""
from dataclasses import dataclass, field

from churn.io import stores


@dataclass
class Job:
    registry: stores.ModelStore = field(default_factory=stores.ModelStore)

    def run(self) -> dict:
        raise NotImplementedError
