"""A second RunPod worker that only transcodes uploaded videos: no model anywhere."""
import subprocess

import runpod


def handler(job):
    source, target = job["input"]["source"], job["input"]["target"]
    subprocess.run(["ffmpeg", "-i", source, "-vf", "scale=1280:-2", target], check=True)
    return {"output": target}


runpod.serverless.start({"handler": handler})
