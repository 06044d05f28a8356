"""Internal Streamlit page for the planning team: what the weekly workflow did, and the
commands an engineer runs by hand when the workflow is down."""
import logging

import pandas as pd
import streamlit as st

log = logging.getLogger("ops")

st.title("Store-demand forecaster")
runs = pd.read_parquet("reports/workflow_runs.parquet")
st.dataframe(runs.tail(10))
st.markdown("If the workflow is down, run the three steps in order:")
st.code("python forecast/train.py\npython forecast/backtest.py --max-mape 0.12\npython forecast/release.py", language="bash")
log.info("manual release: python forecast/release.py (only after backtest.py passes)")
