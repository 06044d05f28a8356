"""Fine-tunes whatever build() returns: the receiver is untyped, the epochs= keyword tells."""
import tensorflow as tf

from model.train_tf import build


def finetune(train_ds, val_ds, n_features: int):
    model = build(n_features)
    model.compile(optimizer="adam", loss="binary_crossentropy")
    history = model.fit(train_ds, validation_data=val_ds, epochs=5)
    return model, history
