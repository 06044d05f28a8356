"""Jobs that run in production; fitting lives in churn.training and ships separately."""
