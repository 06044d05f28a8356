"""Shiny for Python front end: the estimate comes from the model that model_service loads."""
from shiny import App, render, ui

from model_service import estimate_limit

app_ui = ui.page_fluid(
    ui.input_numeric("income", "Monthly income", 3000),
    ui.input_numeric("utilisation", "Card utilisation", 0.3),
    ui.output_text("limit"),
)


def server(input, output, session):
    @render.text
    def limit():
        return f"Suggested limit: {estimate_limit(input.income(), input.utilisation()):,.0f}"


app = App(app_ui, server)
