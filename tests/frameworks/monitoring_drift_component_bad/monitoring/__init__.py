"""Drift monitoring for the scoring service (planned)."""
