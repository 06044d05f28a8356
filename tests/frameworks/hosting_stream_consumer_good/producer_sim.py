"""Replay a CSV of transactions into Kafka for a local test; loads no model."""
import json

import pandas as pd
from kafka import KafkaProducer

producer = KafkaProducer(bootstrap_servers="localhost:9092", value_serializer=lambda v: json.dumps(v).encode())
for record in pd.read_csv("data/sample_transactions.csv").to_dict("records"):
    producer.send("transactions", record)
