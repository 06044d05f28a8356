import streamlit as st

st.set_page_config(page_title="Churn desk", layout="wide")
st.title("Churn desk")
st.write("Score accounts on the Predict page; refresh the model on the Retrain page.")
