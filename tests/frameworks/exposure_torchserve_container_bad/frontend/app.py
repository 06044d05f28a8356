"""Upload page: forwards the X-ray to TorchServe and shows the predicted class."""
import requests
from flask import Flask, render_template, request

app = Flask(__name__)
TORCHSERVE = "http://torchserve:8080/predictions/xray"


@app.route("/", methods=["GET", "POST"])
def upload():
    if request.method == "POST":
        answer = requests.post(TORCHSERVE, data=request.files["image"].read(), timeout=10)
        return render_template("result.html", prediction=answer.json())
    return render_template("upload.html")
