CAT_FEATURES = ["country", "device", "channel"]
