import joblib
import pandas as pd
import streamlit as st

from churn.train import FEATURES


@st.cache_resource
def load_model():
    return joblib.load("models/churn.joblib")


st.title("Churn what-if")
row = pd.DataFrame([{name: st.number_input(name, value=0.0) for name in FEATURES}])
st.metric("Churn probability", f"{load_model().predict_proba(row)[0, 1]:.1%}")
