"""Monthly: compare the areas of flats users asked about with the training listings."""
from scipy.stats import ks_2samp


def area_drift(training_areas, live_areas):
    return ks_2samp(training_areas, live_areas).pvalue
