"""CI uploads of a local file to an object key: read as ``push`` steps (build_steps.py)."""

from __future__ import annotations

from pytest_mllens.facts.configs.build_steps import handoff_commands


def test_upload_with_a_ci_expression_as_bucket_is_one_push() -> None:
    text = "steps:\n  - name: Publish\n    run: gcloud storage cp out/model.txt gs://${{ secrets.BUCKET }}/points/model.txt\n"
    assert handoff_commands(text) == (("push", 3, "out/model.txt", "gs://$CI/points/model.txt"),)


def test_download_stays_a_fetch_and_flags_are_skipped() -> None:
    text = "- aws s3 cp --quiet model.joblib s3://$BUCKET/churn/model.joblib\n- aws s3 cp s3://bucket/churn/model.joblib app/model.joblib\n"
    assert handoff_commands(text) == (
        ("push", 1, "model.joblib", "s3://$BUCKET/churn/model.joblib"),
        ("fetch", 2, "s3://bucket/churn/model.joblib", "app/model.joblib"),
    )


def test_upload_of_a_variable_source_or_a_recursive_sync_is_no_push() -> None:
    text = "- gsutil cp $OUT gs://bucket/model.txt\n- aws s3 cp --recursive --profile prod out/ s3://bucket/models/\n"
    assert handoff_commands(text) == ()
