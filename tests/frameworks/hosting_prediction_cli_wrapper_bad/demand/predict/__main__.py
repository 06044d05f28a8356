"""python -m demand.predict MODEL ROWS OUT: forecast the coming weeks with a fitted model."""
import sys

from demand.train import make_predictions

if __name__ == "__main__":
    make_predictions(sys.argv[1], sys.argv[2], sys.argv[3])
