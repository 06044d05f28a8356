"""Store dashboard: daily sales and a basket-size estimate for one customer."""
import pandas as pd
import streamlit as st

from shop.helpers import chart_daily_sales, estimate_panel

st.title("Store dashboard")
chart_daily_sales(pd.read_csv("data/sales.csv"))
estimate_panel("artifacts/basket.pkl")
