import gradio as gr
import pandas as pd
import skops.io as sio

MODEL_FILE = "models/churn_pipeline.skops"
pipeline = sio.load(MODEL_FILE, trusted=sio.get_untrusted_types(file=MODEL_FILE))


def churn_risk(plan: str, region: str, tenure_months: float, monthly_spend: float) -> float:
    row = pd.DataFrame([{"plan": plan, "region": region, "tenure_months": tenure_months, "monthly_spend": monthly_spend}])
    return float(pipeline.predict_proba(row)[0, 1])


demo = gr.Interface(fn=churn_risk, inputs=["text", "text", "number", "number"], outputs="number")
demo.launch()
