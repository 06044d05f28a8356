FEATURES = ["tenure_months", "monthly_spend", "support_tickets", "late_payments"]
LOOKUP_KEY = "customer_id"
