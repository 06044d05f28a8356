"""Student performance form: Flask renders the form and asks the prediction pipeline."""
from flask import Flask, render_template, request

from src.pipeline.predict_pipeline import PredictPipeline

app = Flask(__name__)


@app.route("/predict", methods=["POST"])
def predict():
    row = {name: request.form[name] for name in ("gender", "lunch", "reading_score", "writing_score")}
    return render_template("home.html", result=PredictPipeline().predict([row])[0])
