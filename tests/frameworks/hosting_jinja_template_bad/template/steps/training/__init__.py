from .fit_classifier import fit_classifier
