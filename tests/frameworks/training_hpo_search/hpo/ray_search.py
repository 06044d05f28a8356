"""Ray Tune with ASHA, the Tuner API and the legacy tune.run entry point, and Ray Train."""
from ray import tune
from ray.train import ScalingConfig
from ray.train.torch import TorchTrainer
from ray.tune.schedulers import ASHAScheduler

from hpo.loops import train_loop_per_worker, trainable


def tuner_search():
    tuner = tune.Tuner(
        trainable,
        param_space={"lr": tune.loguniform(1e-4, 1e-1), "batch_size": tune.choice([32, 64, 128])},
        tune_config=tune.TuneConfig(metric="val_loss", mode="min", scheduler=ASHAScheduler(), num_samples=50),
    )
    results = tuner.fit()
    return results.get_best_result().config


def legacy_search():
    analysis = tune.run(trainable, config={"lr": tune.grid_search([0.001, 0.01])}, num_samples=4)
    return analysis.best_config


def distributed_fit():
    trainer = TorchTrainer(train_loop_per_worker, scaling_config=ScalingConfig(num_workers=4, use_gpu=True))
    return trainer.fit()
