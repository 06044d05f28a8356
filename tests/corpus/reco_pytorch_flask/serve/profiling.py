"""Profile request batches with whylogs so WhyLabs can alert on input drift."""
import pandas as pd
import whylogs as why


def profile_requests(rows: list[dict]) -> None:
    frame = pd.DataFrame(rows)
    results = why.log(frame)
    results.writer("whylabs").write()
