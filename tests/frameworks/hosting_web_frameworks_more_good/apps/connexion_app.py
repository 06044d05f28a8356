import connexion

from sentiment.store import score


def predict(body: dict) -> dict:
    return {"scores": score(body["texts"])}


app = connexion.FlaskApp(__name__, specification_dir="openapi/")
app.add_api("sentiment.yaml")
legacy = connexion.App(__name__)
async_app = connexion.AsyncApp(__name__)
