"""Dash front end for the credit-limit model: the form posts to the MLflow prediction service."""
import dash
import pandas as pd
from dash import Input, Output, State, dcc, html

from run_pipeline import main as retrain_and_deploy
from steps.service_lookup import prediction_service

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="income", type="number"),
    dcc.Input(id="utilisation", type="number"),
    html.Button("Estimate", id="go"),
    html.Div(id="limit"),
])


@app.callback(Output("limit", "children"), Input("go", "n_clicks"), State("income", "value"), State("utilisation", "value"))
def estimate(_, income, utilisation):
    service = prediction_service("credit_limit_deployment", running=False)
    if service is None:
        retrain_and_deploy()
        service = prediction_service("credit_limit_deployment")
    limit = service.predict(pd.DataFrame([{"income": income, "utilisation": utilisation}]).to_numpy())
    return f"Suggested limit: {limit[0]:,.0f}"


if __name__ == "__main__":
    app.run(debug=False)
