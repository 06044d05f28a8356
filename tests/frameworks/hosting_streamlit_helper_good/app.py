"""Store dashboard: daily sales and a basket-size estimate for one customer."""
import pandas as pd
import streamlit as st

from shop.helpers import chart_daily_sales, load_object

st.title("Store dashboard")
chart_daily_sales(pd.read_csv("data/sales.csv"))

model = load_object("artifacts/basket.pkl")
visits = st.number_input("visits per month", 0, 60, 4)
tenure = st.number_input("months as a customer", 0, 240, 12)
st.metric("expected basket", round(float(model.predict(pd.DataFrame({"visits": [visits], "tenure": [tenure]}))[0]), 2))
