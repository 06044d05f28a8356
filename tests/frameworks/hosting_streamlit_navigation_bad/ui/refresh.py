import streamlit as st

from fraud.fit import refit

st.header("Refresh the fraud model")
if st.button("Refit on the latest labels"):
    ap = refit("data/labelled.parquet", "models/fraud.json")
    st.success(f"refitted, validation AP {ap:.3f}")
