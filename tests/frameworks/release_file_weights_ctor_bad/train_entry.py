import numpy as np

from voxels.training.trainer import AutoencoderTrainer


def main():
    grids = np.load("data/grids.npy")
    weights = "artifacts/autoencoder.weights.h5"
    AutoencoderTrainer(40, checkpoint_file=weights).run(grids)


if __name__ == "__main__":
    main()
