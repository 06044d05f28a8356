CLASSES = ["bottle", "can", "box", "bag"]
