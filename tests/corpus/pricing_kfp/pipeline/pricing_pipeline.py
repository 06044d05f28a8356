from kfp import compiler, dsl

from pipeline.components import drift_check, evaluate_model, prepare_data, promote_model, train_model


@dsl.pipeline(name="dynamic-pricing-train", description="Retrain the elasticity model and promote it if RMSE is acceptable")
def pricing_pipeline(
    source_table: str = "pricing.features_v3",
    live_table: str = "pricing.requests_last_7d",
    tracking_uri: str = "http://mlflow.pricing.svc:5000",
    max_rmse: float = 0.085,
):
    data = prepare_data(source_table=source_table)
    trained = train_model(train=data.outputs["train"])
    scored = evaluate_model(test=data.outputs["test"], model=trained.outputs["model"])
    with dsl.Condition(scored.outputs["Output"] <= max_rmse, name="rmse-acceptable"):
        promote_model(model=trained.outputs["model"], tracking_uri=tracking_uri, model_name="pricing-elasticity")
    drift_check(reference=data.outputs["train"], current_table=live_table)


if __name__ == "__main__":
    compiler.Compiler().compile(pricing_pipeline, "pricing_pipeline.yaml")
