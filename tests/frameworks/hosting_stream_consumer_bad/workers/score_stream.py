"""Consume card transactions from Kafka, score each one and publish the fraud probability."""
import json

import pandas as pd
from kafka import KafkaConsumer, KafkaProducer

from fraud.model import FEATURES, load

consumer = KafkaConsumer("transactions", bootstrap_servers="kafka:9092", value_deserializer=json.loads)
producer = KafkaProducer(bootstrap_servers="kafka:9092", value_serializer=lambda v: json.dumps(v).encode())
model = load()

for message in consumer:
    row = pd.DataFrame([message.value])[FEATURES]
    producer.send("fraud-scores", {"id": message.value["id"], "p_fraud": float(model.predict_proba(row)[0, 1])})
