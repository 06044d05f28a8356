"""Release gates."""
from .gates import passes_gate

__all__ = ["passes_gate"]
