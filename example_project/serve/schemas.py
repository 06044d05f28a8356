"""Request and response bodies of the prediction API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from churn.features import CATEGORICAL_FEATURES, NUMERIC_FEATURES

ContractType = Literal["month-to-month", "one_year", "two_year"]


class Customer(BaseModel):
    customer_id: str
    tenure_months: int = Field(ge=0, le=240)
    monthly_charges: float = Field(ge=0)
    total_charges: float | None = Field(default=None, ge=0)
    support_tickets_90d: int = Field(default=0, ge=0)
    contract_type: ContractType
    payment_method: str
    internet_service: str
    paperless_billing: int = Field(ge=0, le=1)
    partner: int = Field(ge=0, le=1)
    dependents: int = Field(ge=0, le=1)


class ScoreRequest(BaseModel):
    customers: list[Customer] = Field(min_length=1, max_length=1000)


class Score(BaseModel):
    customer_id: str
    churn_probability: float
    contact: bool


class ScoreResponse(BaseModel):
    model_version: str
    scores: list[Score]


REQUIRED_COLUMNS = tuple(NUMERIC_FEATURES[:-1]) + tuple(CATEGORICAL_FEATURES)
