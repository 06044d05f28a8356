"""AI Platform custom prediction routine."""
import os
import pickle

from tensorflow import keras


class TagPredictor:
    def __init__(self, model, vocab):
        self._model, self._vocab = model, vocab

    def predict(self, instances, **kwargs):
        return self._model.predict([[self._vocab.get(w, 0) for w in text.split()] for text in instances]).tolist()

    @classmethod
    def from_path(cls, model_dir):
        with open(os.path.join(model_dir, "vocab.pkl"), "rb") as fh:
            vocab = pickle.load(fh)
        return cls(keras.models.load_model(os.path.join(model_dir, "model.h5")), vocab)
