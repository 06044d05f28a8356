import os

from statsd import StatsClient

statsd = StatsClient(host=os.environ.get("STATSD_HOST", "localhost"), port=8125, prefix="ml")
