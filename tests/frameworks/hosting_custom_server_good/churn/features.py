COLUMNS = ["tenure_months", "monthly_charges", "support_tickets", "contract_months"]


def to_row(customer: dict) -> list[float]:
    return [float(customer.get(name, 0.0)) for name in COLUMNS]
