"""Smoke-test a freshly trained model folder locally before anything is registered."""
import os
import time

import requests

RUN_FOLDER = "mlruns/0/latest/artifacts/model"


def smoke() -> None:
    os.system(f"mlflow models serve -m ./{RUN_FOLDER} --port 5099 --env-manager local &")
    time.sleep(10)
    response = requests.post("http://127.0.0.1:5099/invocations", json={"inputs": [[0.1] * 16]}, timeout=30)
    response.raise_for_status()
    os.system("pkill -f 'mlflow models serve'")


if __name__ == "__main__":
    smoke()
