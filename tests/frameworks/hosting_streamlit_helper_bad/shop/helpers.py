"""Helpers of the dashboard: the estimate panel and the chart."""
import pickle

import matplotlib.pyplot as plt
import pandas as pd
import streamlit as st

from shop.train import train


def load_object(path: str):
    with open(path, "rb") as handle:
        return pickle.load(handle)


def estimate_panel(path: str) -> None:
    model = load_object(path)
    visits = st.number_input("visits per month", 0, 60, 4)
    tenure = st.number_input("months as a customer", 0, 240, 12)
    st.metric("expected basket", float(model.predict(pd.DataFrame({"visits": [visits], "tenure": [tenure]}))[0]))
    if st.button("retrain"):
        train("data/baskets.csv")


def chart_daily_sales(frame: pd.DataFrame) -> None:
    figure, axis = plt.subplots()
    frame.groupby("day")["amount"].sum().plot(ax=axis)
    st.pyplot(figure)
