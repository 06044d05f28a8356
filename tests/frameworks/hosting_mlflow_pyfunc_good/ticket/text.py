import re

_URL = re.compile(r"https?://\S+")


def clean_text(text: str) -> str:
    return _URL.sub(" ", text).lower().strip()
