"""Finish a canary on the fraud endpoint: undo it if an alarm fired, else promote it when the
shadow AUC measured during the bake clears the bar."""
import json
import sys

import boto3

ENDPOINT = "fraud-scorer"
MIN_AUC = 0.91


def shift_traffic(sm, variant: str, weight: float) -> None:
    sm.update_endpoint_weights_and_capacities(
        EndpointName=ENDPOINT,
        DesiredWeightsAndCapacities=[{"VariantName": variant, "DesiredWeight": weight}],
    )


def alarm_fired(cloudwatch, alarm: str) -> bool:
    state = cloudwatch.describe_alarms(AlarmNames=[alarm])["MetricAlarms"][0]["StateValue"]
    return state == "ALARM"


def main(metrics_path: str) -> None:
    sm = boto3.client("sagemaker")
    must_roll_back = alarm_fired(boto3.client("cloudwatch"), "fraud-scorer-5xx")
    if must_roll_back:
        shift_traffic(sm, "current", 1.0)
        shift_traffic(sm, "canary", 0.0)
        return
    with open(metrics_path) as handle:
        auc = json.load(handle)["shadow_auc"]
    if auc < MIN_AUC:
        sys.exit(f"canary AUC {auc:.3f} below {MIN_AUC}: traffic left as it is")
    shift_traffic(sm, "canary", 1.0)
    shift_traffic(sm, "current", 0.0)


if __name__ == "__main__":
    main(sys.argv[1])
