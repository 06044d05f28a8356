from pydantic import BaseModel, Field


class Customer(BaseModel):
    customer_id: str
    tenure_months: int = Field(ge=0)
    monthly_charges: float
    total_charges: float | str
    num_support_tickets: int = 0
    contract_type: str
    internet_service: str


class ChurnScore(BaseModel):
    customer_id: str
    probability: float
