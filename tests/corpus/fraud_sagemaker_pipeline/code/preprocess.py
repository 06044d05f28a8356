import os

import numpy as np
import pandas as pd

BASE = "/opt/ml/processing"

if __name__ == "__main__":
    df = pd.read_csv(os.path.join(BASE, "input", "transactions.csv"))
    df["log_amount"] = np.log1p(df["amount"])
    df = df.drop(columns=["transaction_id", "card_number"])
    df = df[["is_fraud"] + [c for c in df.columns if c != "is_fraud"]]
    train, validation, test = np.split(df.sample(frac=1, random_state=42), [int(0.7 * len(df)), int(0.85 * len(df))])
    for name, part in (("train", train), ("validation", validation), ("test", test)):
        os.makedirs(os.path.join(BASE, name), exist_ok=True)
        part.to_csv(os.path.join(BASE, name, f"{name}.csv"), header=False, index=False)
