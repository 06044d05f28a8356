"""Emergency rollout of a hand-picked artifact (on-call use only).

Usage: python -m release.hotfix s3://ads-ml/models/<run>/model.tar.gz
"""
import sys

from release.common import push_to_endpoint

if __name__ == "__main__":
    push_to_endpoint(sys.argv[1])
