COLUMNS = ["basket_value", "items", "account_age_days", "failed_payments_30d"]
