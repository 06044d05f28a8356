"""Daily whylogs profile of production inputs, compared with the training profile."""
import whylogs as why


def profile(batch):
    return why.log(batch).profile()
