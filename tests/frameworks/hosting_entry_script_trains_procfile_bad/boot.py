"""Dyno start-up: refresh the model, then serve it."""
import os

import uvicorn

from forecast.training import train_and_save

if __name__ == "__main__":
    train_and_save()
    uvicorn.run("forecast.api:app", host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
