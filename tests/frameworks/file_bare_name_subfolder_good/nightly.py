"""Cron entry point, run from the repository root: python nightly.py"""
from jobs.retrain import retrain

if __name__ == "__main__":
    print("accuracy", retrain("exports/customers.csv"))
