import joblib
import pandas as pd
import streamlit as st


@st.cache_resource
def churn_model():
    return joblib.load("models/churn.joblib")


upload = st.file_uploader("Accounts (CSV)", type="csv")
if upload is not None:
    accounts = pd.read_csv(upload)
    accounts["churn_risk"] = churn_model().predict_proba(accounts)[:, 1]
    st.dataframe(accounts.sort_values("churn_risk", ascending=False))
