# Databricks notebook source
import mlflow

FEATURES = ["tenure_months", "monthly_charges", "support_calls"]
MODEL_URI = "models:/churn/Production"
