"""Weekly Evidently drift report on scored traffic vs. the training reference."""
from evidently import Report
from evidently.presets import DataDriftPreset


def weekly(reference, current):
    return Report([DataDriftPreset()]).run(reference_data=reference, current_data=current)
