"""Portfolio overview: charts over the accounts table, no model."""
import pandas as pd
import streamlit as st

accounts = pd.read_parquet("data/accounts.parquet")
st.session_state.setdefault("segment", "all")
st.bar_chart(accounts.groupby("segment")["limit"].mean())
st.line_chart(accounts.groupby("opened_month")["utilisation"].median())
