"""Restart the tumour-segmentation REST server on the production model after a promotion."""
import subprocess
import sys

def restart() -> int:
    subprocess.run(["pkill", "-f", "mlflow models serve"], check=False)
    server = subprocess.Popen(["mlflow", "models", "serve", "-m", "models:/tumour-segmentation/Production", "--port", "5001", "--env-manager", "local"])
    return server.pid


if __name__ == "__main__":
    print("serving on pid", restart(), file=sys.stderr)
