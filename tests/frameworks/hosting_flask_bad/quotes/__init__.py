from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)
    from .api.routes import bp

    app.register_blueprint(bp, url_prefix="/api")
    return app
