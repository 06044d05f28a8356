"""Promote the version the training job just registered, if its validation F1 clears the bar."""
import json
import sys

from workspace.registry_api import move_to_production

MIN_F1 = 0.78

with open(sys.argv[2]) as handle:
    report = json.load(handle)
if report["f1"] < MIN_F1:
    sys.exit(f"F1 {report['f1']:.3f} below {MIN_F1}: not promoting")
move_to_production("churn", sys.argv[1])
