#!/usr/bin/env bash
set -euo pipefail
# stage the shared model code and the trained artifact next to the handler, then deploy the stack
cd "$(dirname "$0")/.."
cp ml/claims_model.py functions/score/
aws s3 cp s3://claims-artifacts/latest/claims.joblib functions/score/claims.joblib
cdk deploy ClaimsScoringStack --require-approval never
