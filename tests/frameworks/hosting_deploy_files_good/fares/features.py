"""Feature matrix shared by training and scoring."""
import pandas as pd


def build_matrix(rows):
    frame = pd.DataFrame(rows)
    return frame[["distance_km", "duration_min", "hour"]]
