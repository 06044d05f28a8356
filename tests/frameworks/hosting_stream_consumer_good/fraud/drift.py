"""Daily: compare the amounts scored today with the amounts the model was fitted on."""
from scipy.stats import ks_2samp


def amount_drift(training_amounts, live_amounts) -> float:
    return float(ks_2samp(training_amounts, live_amounts).pvalue)
