"""PyCaret model comparison and a fastai image learner."""
from fastai.vision.all import ImageDataLoaders, resnet34, vision_learner
from pycaret.classification import compare_models, setup


def pick_best(frame, target: str):
    setup(data=frame, target=target, session_id=11)
    return compare_models(n_select=1)


def image_learner(path):
    loaders = ImageDataLoaders.from_folder(path, valid_pct=0.2)
    learner = vision_learner(loaders, resnet34)
    learner.fit_one_cycle(4)
    return learner
