import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset


def compare(collected_inputs: pd.DataFrame, training_sample: pd.DataFrame):
    return Report([DataDriftPreset()]).run(reference_data=training_sample, current_data=collected_inputs)
