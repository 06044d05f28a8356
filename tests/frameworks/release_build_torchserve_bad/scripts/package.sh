#!/usr/bin/env bash
# Pack the trained digits model into a TorchServe archive and (re)start the server on it.
set -euo pipefail
mkdir -p model_store
torch-model-archiver --model-name digits --version 1.0 \
  --model-file serve/network.py \
  --serialized-file artifacts/digits.pt \
  --handler serve/digits_handler.py \
  --export-path model_store --force
torchserve --stop || true
torchserve --start --model-store model_store --models digits=digits.mar --ncs
