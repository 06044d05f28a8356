import pandas as pd
import popmon  # noqa: F401 - registers the DataFrame accessor


def weekly_report(scored: pd.DataFrame, path: str = "stability.html") -> None:
    report = popmon.df_stability_report(scored, time_axis="served_at", time_width="1w")
    report.to_file(path)
