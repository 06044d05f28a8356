"""From an external machine (hsml client): deploy the newest fraud model only if it beats
the one in production, and record the decision as a new model version."""
import hsml

connection = hsml.connection(host="c.app.hopsworks.ai", project="payments", api_key_file="hopsworks.key")
mr = connection.get_model_registry()
candidate = mr.get_model("card_fraud", version=7)
production = mr.get_model("card_fraud", version=6)
if candidate.training_metrics["pr_auc"] > production.training_metrics["pr_auc"]:
    candidate.deploy(name="cardfraud", script_file="predictor.py")
    audited = mr.python.create_model("card_fraud_released", metrics=candidate.training_metrics)
    audited.save("release_notes")
