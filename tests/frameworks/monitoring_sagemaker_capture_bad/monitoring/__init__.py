"""Model monitoring (data capture lands in S3; drift reports to come)."""
