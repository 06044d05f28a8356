import streamlit as st

nav = st.navigation([
    st.Page("review.py", title="Review transactions", icon="🔎"),
    st.Page("refresh.py", title="Refresh model", icon="🔁"),
])
nav.run()
