"""Multi-GPU variant with Hugging Face Accelerate; the optimizer comes from the config factory."""
from accelerate import Accelerator

from vision.data import build_datasets
from vision.factory import make_model, make_optimizer


def main(config):
    accelerator = Accelerator(mixed_precision="bf16")
    model = make_model(config)
    optimizer = make_optimizer(config, model)
    train_ds, _ = build_datasets(config["data_dir"])
    model, optimizer, loader = accelerator.prepare(model, optimizer, train_ds.loader())
    for batch in loader:
        outputs = model(**batch)
        accelerator.backward(outputs.loss)
        optimizer.step()
        optimizer.zero_grad()
    accelerator.save_state("checkpoints/")
