"""Move the newest registered credit-risk version to Production if it beats the champion."""
import sys

from mlflow.tracking import MlflowClient

from credit.gates import beats_champion, champion_metrics

MODEL = "credit-risk"


def main() -> int:
    client = MlflowClient()
    candidate = client.get_latest_versions(MODEL, stages=["None"])[0]
    challenger = client.get_run(candidate.run_id).data.metrics
    champion = champion_metrics(client, MODEL)
    if not beats_champion(challenger, champion):
        print(f"version {candidate.version} does not beat production; leaving it in Staging")
        return 1
    client.transition_model_version_stage(MODEL, candidate.version, stage="Production", archive_existing_versions=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
