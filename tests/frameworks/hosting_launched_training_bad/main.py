"""Run every stage of the pipeline: python main.py"""
from housing.pipeline import training

if __name__ == "__main__":
    training.run()
