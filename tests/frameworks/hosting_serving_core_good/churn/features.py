FEATURE_COLUMNS = ["tenure_months", "monthly_charges", "support_calls", "contract_type"]
