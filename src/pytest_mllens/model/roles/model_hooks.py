"""Training calls that belong to a model's definition, not to a training run.

Keras lets a model class override ``train_step`` (where ``optimizer.apply_gradients`` runs):
Keras's own ``model.fit(...)``, called somewhere else, runs it. A module holding only such a
class defines a model, as a ``torch.nn.Module`` does; it trains when it (or a module it runs)
calls ``fit``. Serving code that imports the class to rebuild the network before loading
weights then imports no training code.

A LightningModule's ``configure_optimizers`` is left as training on purpose: the project's
samples (tests/frameworks/training_lightning_trainer) count such a module as training code.
"""

from __future__ import annotations

from ...facts.records import FileFacts

__all__ = ["DEFINITION_HOOKS", "in_definition_hook"]

DEFINITION_HOOKS = frozenset({"train_step"})
"""Methods a framework's own ``fit`` calls on the model: Keras ``Model.train_step``."""


def in_definition_hook(facts: FileFacts, line: int) -> bool:
    """Whether every call on ``line`` runs inside a definition hook of a class defined in this
    file (``VAE.train_step``), so a training rule matched there describes the model only."""
    classes = {c.qualname for c in facts.classes}
    calls = [c for c in facts.calls if c.line == line]
    return bool(calls) and all(_hooked(c.scope, classes) for c in calls)


def _hooked(scope: str, classes: set[str]) -> bool:
    owner, _, method = scope.rpartition(".")
    return method in DEFINITION_HOOKS and owner in classes
