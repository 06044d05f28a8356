"""Model monitoring via Application Insights: request rate, failures and latency per deployment."""

from azure.monitor.query import LogsQueryClient
from azure.identity import DefaultAzureCredential

QUERY = """
requests
| where cloud_RoleName == 'churn-endpoint'
| summarize p95_latency=percentile(duration, 95), failures=countif(success == false) by bin(timestamp, 1h)
"""


def hourly_health(workspace_id: str):
    client = LogsQueryClient(DefaultAzureCredential())
    return client.query_workspace(workspace_id, QUERY, timespan="P1D")
