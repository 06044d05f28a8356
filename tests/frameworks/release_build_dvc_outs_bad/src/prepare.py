"""Drop incomplete rows and encode the plan column."""
import sys

import pandas as pd

raw = pd.read_csv(sys.argv[1]).dropna()
raw["plan"] = raw["plan"].astype("category").cat.codes
raw.to_parquet(sys.argv[2])
