# Databricks notebook source
# Promote the newest Staging version to Production when its MAPE beats Production's.
import mlflow

from pricing.registry import PriceRegistry

registry = PriceRegistry()
candidate = registry.newest_in(stages=["Staging"])
current = registry.newest_in(stages=["Production"])
candidate_mape = mlflow.get_run(registry.client.get_model_version(registry.name, candidate).run_id).data.metrics["mape"]
current_mape = mlflow.get_run(registry.client.get_model_version(registry.name, current).run_id).data.metrics["mape"] if current else float("inf")
if candidate_mape < current_mape:
    registry.set_stage(candidate, "Production")
