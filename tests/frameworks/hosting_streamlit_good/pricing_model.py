FEATURES = ["area_m2", "rooms", "floor", "year_built", "district_code"]
