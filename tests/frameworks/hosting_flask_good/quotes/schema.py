NUMERIC = ["driver_age", "vehicle_value", "annual_km"]
