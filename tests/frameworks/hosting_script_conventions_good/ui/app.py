"""House-price demo page: loads the trained regressor and prices what the user types."""
import joblib
import pandas as pd
import streamlit as st

model = joblib.load("models/price.joblib")

st.title("What is my flat worth?")
rooms = st.slider("Rooms", 1, 8, 3)
area = st.number_input("Area (m²)", 20, 400, 75)
if st.button("Estimate"):
    st.metric("Estimated price", f"{model.predict(pd.DataFrame({'rooms': [rooms], 'area': [area]}))[0]:,.0f} €")
