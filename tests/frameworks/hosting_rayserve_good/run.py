import ray
from ray import serve

from serve_app import app

if __name__ == "__main__":
    ray.init(address="auto")
    serve.run(app, name="sentiment", route_prefix="/")
