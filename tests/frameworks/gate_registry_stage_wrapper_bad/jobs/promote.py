# Databricks notebook source
# Promote the newest Staging version to Production.
from pricing.registry import PriceRegistry

registry = PriceRegistry()
candidate = registry.newest_in(stages=["Staging"])
registry.set_stage(candidate, "Production")
