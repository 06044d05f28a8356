import joblib
import pandas as pd
import streamlit as st

from pricing_model import FEATURES


@st.cache(allow_output_mutation=True)
def load_model():
    return joblib.load("models/price.joblib")


model = load_model()
st.title("Apartment price estimate")
values = {name: st.number_input(name, value=0.0) for name in FEATURES}
if st.button("Estimate"):
    st.metric("Estimated price", f"{model.predict(pd.DataFrame([values]))[0]:,.0f} EUR")
