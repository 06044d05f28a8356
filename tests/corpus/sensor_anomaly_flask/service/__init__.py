from flask import Flask

from service.views import bp


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(MODEL_PATH="/models/autoencoder.ts", THRESHOLD_PATH="/models/threshold.json")
    if config:
        app.config.update(config)
    app.register_blueprint(bp, url_prefix="/v1")
    return app
