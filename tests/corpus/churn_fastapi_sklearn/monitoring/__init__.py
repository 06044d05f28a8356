"""Drift monitoring for the churn service.

TODO(ops-412): wire up a data drift report against the training snapshot.
"""
