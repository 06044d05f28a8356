"""Analysts try cluster counts on the accounts table; nothing here is served."""
import pandas as pd
import streamlit as st
from sklearn.cluster import KMeans

accounts = pd.read_parquet("data/accounts.parquet")
k = st.slider("clusters", 2, 12, 4)
labels = KMeans(n_clusters=k, n_init="auto").fit(accounts[["income", "utilisation"]]).predict(accounts[["income", "utilisation"]])
st.scatter_chart(accounts.assign(cluster=labels), x="income", y="utilisation", color="cluster")
