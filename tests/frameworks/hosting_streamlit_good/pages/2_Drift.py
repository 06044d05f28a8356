"""Drift page: this month's requests against the training sample, rendered with Evidently."""
import pandas as pd
import streamlit as st
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


@st.cache_resource
def reference() -> pd.DataFrame:
    return pd.read_parquet("data/train_sample.parquet")


report = Report(metrics=[DataDriftPreset()])
report.run(reference_data=reference(), current_data=pd.read_parquet("logs/requests_month.parquet"))
st.components.v1.html(report.get_html(), height=1000, scrolling=True)
