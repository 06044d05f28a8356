"""Promote a previously trained artifact to production after re-checking its recorded metrics."""
import json
import sys

from evaluation.gate import meets_release_bar
from release.endpoint import deploy_model

ROLE = "arn:aws:iam::999988887777:role/retina-ml"


def main(model_data: str, metrics_path: str) -> None:
    with open(metrics_path) as fh:
        metrics = json.load(fh)
    if meets_release_bar(metrics):
        deploy_model(model_data, ROLE, "retina-dr-grading")
    else:
        print("not promoting: release bar not met", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
