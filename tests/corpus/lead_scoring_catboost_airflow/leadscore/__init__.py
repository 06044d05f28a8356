from leadscore.features import CAT_FEATURES, NUM_FEATURES, build_features

__all__ = ["CAT_FEATURES", "NUM_FEATURES", "build_features"]
