"""Finish a canary on the fraud endpoint: promote it unless an alarm fired, and undo it if one did.
No model metric is read: an alarm-free bake is the only condition."""
import boto3

ENDPOINT = "fraud-scorer"


def shift_traffic(sm, variant: str, weight: float) -> None:
    sm.update_endpoint_weights_and_capacities(
        EndpointName=ENDPOINT,
        DesiredWeightsAndCapacities=[{"VariantName": variant, "DesiredWeight": weight}],
    )


def alarm_fired(cloudwatch, alarm: str) -> bool:
    state = cloudwatch.describe_alarms(AlarmNames=[alarm])["MetricAlarms"][0]["StateValue"]
    return state == "ALARM"


def main() -> None:
    sm = boto3.client("sagemaker")
    rolled_back = alarm_fired(boto3.client("cloudwatch"), "fraud-scorer-5xx")
    if not rolled_back:
        shift_traffic(sm, "canary", 1.0)
        shift_traffic(sm, "current", 0.0)
    else:
        shift_traffic(sm, "current", 1.0)
        shift_traffic(sm, "canary", 0.0)


if __name__ == "__main__":
    main()
