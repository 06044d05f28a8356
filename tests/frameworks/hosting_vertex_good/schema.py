COLUMNS = ["sessions_7d", "basket_value", "days_since_last_order"]
