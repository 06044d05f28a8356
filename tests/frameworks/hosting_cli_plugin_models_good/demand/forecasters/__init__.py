"""Forecasters are plugins: one module per model family, picked by name from the run's config."""
import importlib


def forecaster(name: str):
    return importlib.import_module(f"demand.forecasters.{name}")
