"""Promote the version the training job just registered."""
import sys

from workspace.registry_api import move_to_production

move_to_production("churn", sys.argv[1])
