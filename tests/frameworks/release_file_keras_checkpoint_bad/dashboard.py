import numpy as np
import streamlit as st

from sensors.pipeline.predict import AnomalyScorer

st.title("Vibration anomalies")
upload = st.file_uploader("Sensor windows (.npy)")
if upload is not None:
    errors = AnomalyScorer().score(np.load(upload))
    st.line_chart(errors)
