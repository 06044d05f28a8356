import shutil

import numpy as np

from voxels.training.trainer import AutoencoderTrainer

MAX_VAL_LOSS = 0.05
SERVED = "artifacts/autoencoder.weights.h5"


def main():
    grids = np.load("data/grids.npy")
    candidate = "scratch/autoencoder.weights.h5"
    model = AutoencoderTrainer(40, checkpoint_file=candidate).run(grids)
    val_loss = model.evaluate(grids[-200:], grids[-200:])
    if val_loss > MAX_VAL_LOSS:
        raise SystemExit(f"validation loss {val_loss:.4f} above {MAX_VAL_LOSS}: the served weights stay")
    shutil.copyfile(candidate, SERVED)


if __name__ == "__main__":
    main()
