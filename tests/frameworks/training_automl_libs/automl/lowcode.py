"""PyCaret model comparison and a fastai image learner."""
from fastai.vision.all import ImageDataLoaders, resnet34, vision_learner
from pycaret.classification import compare_models, create_model, setup, tune_model


def pick_best(frame, target: str):
    setup(data=frame, target=target, session_id=11)
    return compare_models(n_select=1)


def image_learner(path):
    loaders = ImageDataLoaders.from_folder(path, valid_pct=0.2)
    learner = vision_learner(loaders, resnet34)
    learner.fit_one_cycle(4)
    return learner


def tuned(best):
    return tune_model(best, n_iter=25, optimize="AUC")


def text_learner(learner, epochs: int = 3):
    learner.fine_tune(epochs, base_lr=2e-3)
    return learner


def forest(frame, target: str):
    setup(data=frame, target=target, session_id=11)
    return create_model("rf", fold=5)
