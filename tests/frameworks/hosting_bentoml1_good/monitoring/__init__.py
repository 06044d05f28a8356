"""Profiles logged by the service are compared with the training profile in WhyLabs."""
