"""The feature list both the trainer and the API read."""
FEATURES = ["income", "utilisation", "months_on_book", "late_payments_12m"]
