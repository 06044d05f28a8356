from sklearn.linear_model import SGDClassifier


def partial_refit(model: SGDClassifier, X, y) -> SGDClassifier:
    model.partial_fit(X, y)
    return model


def refit(X, y) -> SGDClassifier:
    return SGDClassifier(loss="log_loss").fit(X, y)
