"""Market dashboard: charts over the listings warehouse. No model here."""
import pandas as pd
import plotly.express as px
import sqlalchemy
import streamlit as st


@st.cache_resource(ttl=3600)
def engine():
    return sqlalchemy.create_engine(st.secrets["warehouse_url"])


@st.cache_data(ttl=600)
def listings() -> pd.DataFrame:
    return pd.read_sql("select district, price, area_m2, listed_at from listings", engine())


df = listings()
st.plotly_chart(px.box(df, x="district", y="price"))
st.plotly_chart(px.line(df.groupby("listed_at")["price"].median().reset_index(), x="listed_at", y="price"))
