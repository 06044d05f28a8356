import lightning.pytorch as pl
import torch

from ranker.training.lit import RankerModule


def main(train_loader, val_loader, n_features: int, out: str) -> None:
    module = RankerModule(n_features)
    trainer = pl.Trainer(max_epochs=10, accelerator="auto", gradient_clip_val=1.0)
    trainer.fit(module, train_loader, val_loader)
    torch.jit.script(module.mlp).save(out)
