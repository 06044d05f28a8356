"""Scheduled every Monday: pull the orders and summarise them."""
import pandas as pd

from demand.watch import orders_summary

orders = pd.read_csv("data/orders.csv", parse_dates=["week"]).set_index("week")["orders"]
print(orders_summary(orders))
