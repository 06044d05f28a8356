"""Where the app finds its staged TorchScript model."""
STAGED_MODEL = "artifacts/line-recognizer.pt"
