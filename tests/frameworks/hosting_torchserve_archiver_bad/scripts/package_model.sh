#!/usr/bin/env bash
# Packages the sentiment model for TorchServe and starts the server locally.
set -euo pipefail
torch-model-archiver --model-name sentiment --version 1.0 \
  --serialized-file artifacts/sentiment.pt --handler handlers/sentiment_handler.py \
  --export-path model_store --force
torchserve --start --model-store model_store --models sentiment=sentiment.mar
