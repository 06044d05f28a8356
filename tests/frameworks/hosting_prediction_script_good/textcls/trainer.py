"""The Chainer training loop: an optimizer, an updater and a Trainer that runs the epochs."""
import chainer
from chainer import training
from chainer.training import extensions


class EpochTrainer:
    def __init__(self, out_dir: str, epochs: int = 10, batch_size: int = 64):
        self.out_dir = out_dir
        self.epochs = epochs
        self.batch_size = batch_size

    def __call__(self, train_rows, valid_rows, classifier, learning_rate: float = 1e-3):
        optimizer = chainer.optimizers.Adam(alpha=learning_rate)
        optimizer.setup(classifier)
        batches = chainer.iterators.SerialIterator(train_rows, self.batch_size)
        updater = training.updaters.StandardUpdater(batches, optimizer)
        loop = training.Trainer(updater, (self.epochs, "epoch"), out=self.out_dir)
        loop.extend(extensions.LogReport())
        loop.run()
        return classifier
