# Databricks notebook source
# Serve whatever version the registry holds in Production.
from pricing.registry import PriceRegistry
from pricing.serving import EndpointDeployer

registry = PriceRegistry()
version = registry.newest_in(stages=["Production"])
if version is None:
    raise RuntimeError("nothing in Production yet")
EndpointDeployer("price-elasticity", registry.name).roll_to(version)
