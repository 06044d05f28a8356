"""Review screen for the moderation team: paste a comment, see what the classifier says."""
import streamlit as st

from frontend.scoring import get_scorer

st.title("Comment review")
text = st.text_area("Comment")
if st.button("Score") and text:
    verdict = get_scorer().predict(text)
    st.json(verdict)
