from voxels.serving.engine import Engine

_engine = None


def get_engine():
    global _engine
    if _engine is None:
        _engine = Engine(checkpoint_file="artifacts/autoencoder.weights.h5")
        _engine.load()
    return _engine
