LABELS = {"LABEL_0": "negative", "LABEL_1": "positive"}
