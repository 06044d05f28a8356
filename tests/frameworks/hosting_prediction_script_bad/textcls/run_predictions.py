"""Label a file of reviews with a trained model: python run_predictions.py --model-dir out --input reviews.txt"""
import argparse

from pipeline_builder import PipelineBuilder
from scoring import classify_lines


def main(model_dir: str, input_path: str) -> None:
    net, vocab = PipelineBuilder.load(model_dir)
    with open(input_path) as fh:
        lines = [line.strip() for line in fh]
    for line, label in zip(lines, classify_lines(net, vocab, lines)):
        print(label, line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="label reviews")
    parser.add_argument("--model-dir", required=True)
    parser.add_argument("--input", required=True)
    args = parser.parse_args()
    main(args.model_dir, args.input)
