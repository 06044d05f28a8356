import streamlit as st

from churn.training import retrain

st.title("Retrain")
months = st.slider("Months of history", 3, 24, 12)
if st.button("Retrain now"):
    with st.spinner("Fitting a new model..."):
        score = retrain(months=months, out="models/churn.joblib")
    st.success(f"New model saved (validation AUC {score:.3f})")
