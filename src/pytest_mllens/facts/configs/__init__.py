"""Deployment, build and job files read as text: what they run, copy, serve and in which order."""
