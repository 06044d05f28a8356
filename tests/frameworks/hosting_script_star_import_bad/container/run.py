"""Container entry point: fine-tune on the mounted reviews, then serve the result."""
import sys
from subprocess import call

import pandas as pd

from common import *

reviews = pd.read_csv("/data/reviews.csv")
model = BertForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)
optimizer = AdamW(model.parameters(), lr=2e-5)
model.train()
for _ in range(2):
    for ids, labels in batches(reviews.text.tolist(), reviews.label.tolist()):
        loss = model(ids, labels=labels)[0]
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
model.save_pretrained(MODEL_DIR)

call("uvicorn app:app --host 0.0.0.0 --port 8000", shell=True)
sys.exit(0)
