import streamlit as st
import torch
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

from summarizer.train import PROMPT

st.set_page_config(page_title="Ticket summarizer")


@st.cache_resource(show_spinner="Loading the model...")
def load(path: str = "models/ticket-summarizer"):
    return AutoTokenizer.from_pretrained(path), AutoModelForSeq2SeqLM.from_pretrained(path).eval()


tokenizer, model = load()
body = st.text_area("Ticket", height=240)
if st.button("Summarize") and body:
    with torch.no_grad():
        output = model.generate(**tokenizer(PROMPT + body, return_tensors="pt"), max_new_tokens=80)
    st.success(tokenizer.decode(output[0], skip_special_tokens=True))
