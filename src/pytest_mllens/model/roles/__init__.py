"""Roles beyond the knowledge match: hosting by deployment, monitoring and exposure, role reasons."""
