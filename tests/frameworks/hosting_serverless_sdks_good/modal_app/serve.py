import modal

app = modal.App("price-estimator")
image = modal.Image.debian_slim().pip_install("lightgbm", "pandas", "joblib", "fastapi")


@app.function(image=image)
@modal.fastapi_endpoint(method="POST")
def estimate(payload: dict) -> dict:
    import joblib

    from shared.features import frame

    return {"prices": joblib.load("/models/price.joblib").predict(frame(payload["homes"])).tolist()}


@app.function(image=image)
@modal.web_endpoint(method="GET")
def health() -> dict:
    return {"ok": True}


@app.function(image=image)
@modal.asgi_app()
def api():
    from fastapi import FastAPI

    return FastAPI()


@app.function(image=image)
@modal.wsgi_app()
def legacy():
    from flask import Flask

    return Flask("legacy")
