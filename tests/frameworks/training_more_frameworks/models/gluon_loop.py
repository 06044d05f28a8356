"""MXNet Gluon: record the forward pass, back-propagate and step the trainer."""
from mxnet import autograd, gluon


def fit(net, data_loader, epochs: int = 5):
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.05})
    for _ in range(epochs):
        for data, label in data_loader:
            with autograd.record():
                loss = loss_fn(net(data), label)
            loss.backward()
            trainer.step(data.shape[0])
    return net
