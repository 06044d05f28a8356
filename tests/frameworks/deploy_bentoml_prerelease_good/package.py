"""Build the Bento and keep it in the local store (packaging, not a new model version)."""
import bentoml

bento = bentoml.bentos.build("service:svc", include=["*.py"])
bento.save()
