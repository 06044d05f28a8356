"""Digit classifier: SageMaker trains with this script, and the Neo-compiled endpoint runs it too."""
import argparse
import json
import os

import mxnet as mx
import numpy as np


def build_network():
    data = mx.sym.flatten(mx.sym.var("data"))
    hidden = mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=128), act_type="relu")
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(hidden, num_hidden=10), name="softmax")


def train(train_dir, model_dir, epochs):
    images = np.load(os.path.join(train_dir, "images.npy")) / 255.0
    labels = np.load(os.path.join(train_dir, "labels.npy"))
    batches = mx.io.NDArrayIter(images, labels, batch_size=128, shuffle=True)
    module = mx.mod.Module(build_network(), context=mx.cpu())
    module.fit(batches, num_epoch=epochs, optimizer="adam", eval_metric="acc")
    module.save_checkpoint(os.path.join(model_dir, "digits"), epochs)


def neo_preprocess(payload, content_type):
    if content_type != "application/json":
        raise ValueError(f"unsupported content type {content_type}")
    return np.asarray(json.loads(payload), dtype="float32") / 255.0


def neo_postprocess(result):
    return json.dumps({"digit": int(np.argmax(result[0]))}), "application/json"


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()
    train(os.environ["SM_CHANNEL_TRAIN"], os.environ["SM_MODEL_DIR"], args.epochs)
