import pandas as pd
import streamlit as st
import xgboost as xgb


@st.cache_resource
def detector():
    booster = xgb.Booster()
    booster.load_model("models/fraud.json")
    return booster


batch = st.file_uploader("Transactions (parquet)")
if batch is not None:
    frame = pd.read_parquet(batch)
    frame["fraud_score"] = detector().predict(xgb.DMatrix(frame))
    st.dataframe(frame[frame["fraud_score"] > 0.8])
