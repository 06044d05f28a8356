"""Scheduled every Monday: pull the orders and check them."""
import pandas as pd

from demand.watch import orders_moved

orders = pd.read_csv("data/orders.csv", parse_dates=["week"]).set_index("week")["orders"]
if orders_moved(orders):
    print("order series moved: schedule a retrain")
