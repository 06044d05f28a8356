import os

import requests
import streamlit as st

st.header("Refresh the fraud model")
if st.button("Request a refit"):
    reply = requests.post(os.environ["REFIT_WEBHOOK"], json={"source": "data/labelled.parquet"}, timeout=10)
    reply.raise_for_status()
    st.info("Refit requested; the new model is deployed after review")
