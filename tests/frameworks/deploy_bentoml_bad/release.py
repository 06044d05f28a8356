"""Ship the service to BentoCloud."""
import bentoml

deployment = bentoml.deployment.create(bento="./", name="iris-classifier", scaling_min=1, scaling_max=3)
deployment.wait_until_ready(timeout=3600)
