"""Drift on logged inference features with NannyML."""
import nannyml as nml


def run(reference, analysis):
    calc = nml.UnivariateDriftCalculator(column_names=[f"px_{i}" for i in range(64)], chunk_size=500)
    calc.fit(reference)
    return calc.calculate(analysis)
