FEATURES = ["distance_km", "items", "warehouse_load", "carrier_delay_7d"]
