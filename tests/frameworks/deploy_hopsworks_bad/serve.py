"""Put the best registered fraud model behind a Hopsworks deployment."""
import hopsworks

project = hopsworks.login()
mr = project.get_model_registry()
best = mr.get_best_model("card_fraud", "pr_auc", "max")
best.deploy(name="cardfraud", script_file="predictor.py")
