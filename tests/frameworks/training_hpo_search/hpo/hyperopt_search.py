"""hyperopt TPE search (the older pipeline)."""
from hyperopt import STATUS_OK, Trials, fmin, hp, tpe

from hpo.models import cv_auc

SPACE = {"max_depth": hp.quniform("max_depth", 3, 10, 1), "eta": hp.loguniform("eta", -7, 0)}


def objective(params):
    return {"loss": -cv_auc(params), "status": STATUS_OK}


def search():
    trials = Trials()
    return fmin(fn=objective, space=SPACE, algo=tpe.suggest, max_evals=200, trials=trials)
