"""Did the mix of predicted intents drift from the training labels this week?"""
from scipy.stats import chisquare


def intent_mix_drift(training_counts, current_counts):
    total = sum(current_counts)
    expected = [c / sum(training_counts) * total for c in training_counts]
    return chisquare(current_counts, expected).pvalue
