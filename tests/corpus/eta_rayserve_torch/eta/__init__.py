"""Delivery ETA model."""
