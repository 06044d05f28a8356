import fiddler as fdl
import pandas as pd


def publish(events: pd.DataFrame, project: str = "retention") -> None:
    model = fdl.Model.from_name(name="churn", project_id=fdl.Project.from_name(project).id)
    model.publish(source=events, environment=fdl.EnvType.PRODUCTION)


def publish_legacy(url: str, org: str, token: str, events: pd.DataFrame) -> None:
    api = fdl.FiddlerApi(url=url, org_id=org, auth_token=token)
    api.publish_events_batch("retention", "churn", batch_source=events)
