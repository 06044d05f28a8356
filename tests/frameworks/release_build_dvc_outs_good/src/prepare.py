"""Drop incomplete rows, encode the plan column and keep the code table the app decodes with."""
import os
import pickle
import sys

import pandas as pd

raw = pd.read_csv(sys.argv[1]).dropna()
plans = raw["plan"].astype("category")
raw["plan"] = plans.cat.codes
raw.to_parquet(os.path.join(sys.argv[2], "clean.parquet"))
with open(os.path.join(sys.argv[2], "plans.pkl"), "wb") as fh:
    pickle.dump(dict(enumerate(plans.cat.categories)), fh)
