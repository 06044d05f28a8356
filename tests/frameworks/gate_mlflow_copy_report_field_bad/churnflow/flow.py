"""The flow's push command: promote the version given on the command line when asked to."""
import argparse

from churnflow.pusher import ModelPusher


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("version")
    parser.add_argument("--promote-accepted", action="store_true")
    args = parser.parse_args()
    ModelPusher().push(args, args.version)
