import argparse

from pipelines.fraud.pipeline import get_pipeline


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", required=True)
    parser.add_argument("--bucket", required=True)
    parser.add_argument("--region", default="eu-west-1")
    args = parser.parse_args()
    pipeline = get_pipeline(args.region, args.role, args.bucket)
    pipeline.upsert(role_arn=args.role)
    execution = pipeline.start()
    print(execution.describe()["PipelineExecutionArn"])


if __name__ == "__main__":
    main()
