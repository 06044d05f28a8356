"""Internal Streamlit page for the planning team: what the weekly workflow did, and a button
that re-runs the release by hand when the workflow is down. The button skips the backtest."""
import subprocess

import pandas as pd
import streamlit as st

st.title("Store-demand forecaster")
runs = pd.read_parquet("reports/workflow_runs.parquet")
st.dataframe(runs.tail(10))
if st.button("Release the latest forecaster now"):
    subprocess.run("python forecast/release.py", shell=True, check=True)
    st.success("released")
