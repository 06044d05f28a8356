"""A local playground for trying forest sizes; never deployed (no pages/, serves no model)."""
import pandas as pd
import streamlit as st
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score

history = pd.read_parquet("data/accounts.parquet")
trees = st.slider("Trees", 50, 800, 200, step=50)
scores = cross_val_score(RandomForestClassifier(n_estimators=trees), history.drop(columns="churned"), history["churned"], cv=3)
st.metric("CV accuracy", f"{scores.mean():.3f}")
