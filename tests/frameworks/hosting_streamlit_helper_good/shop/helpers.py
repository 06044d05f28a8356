"""Small helpers shared by the training job and the dashboard."""
import pickle

import matplotlib.pyplot as plt
import pandas as pd
import streamlit as st


def save_object(path: str, obj) -> None:
    with open(path, "wb") as handle:
        pickle.dump(obj, handle)


def load_object(path: str):
    with open(path, "rb") as handle:
        return pickle.load(handle)


def chart_daily_sales(frame: pd.DataFrame) -> None:
    figure, axis = plt.subplots()
    frame.groupby("day")["amount"].sum().plot(ax=axis)
    st.pyplot(figure)
