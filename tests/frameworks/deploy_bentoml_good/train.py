"""Train, evaluate on a holdout and save to the model store only above the accuracy floor."""
import bentoml
import torch
from sklearn.metrics import accuracy_score

from model import build_net, fit_net

MIN_ACCURACY = 0.92


def main(X_train, y_train, X_test, y_test):
    net = fit_net(build_net(), X_train, y_train)
    accuracy = accuracy_score(y_test, net(torch.tensor(X_test)).argmax(1).numpy())
    if accuracy < MIN_ACCURACY:
        raise SystemExit(f"accuracy {accuracy:.3f} below {MIN_ACCURACY}")
    bentoml.pytorch.save_model("digits", net)
    with bentoml.models.create(name="digits-onnx", metadata={"accuracy": accuracy}) as model_ref:
        torch.onnx.export(net, torch.zeros(1, 64), model_ref.path_of("model.onnx"))
