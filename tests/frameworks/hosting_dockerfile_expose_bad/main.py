import asyncio
import json

import numpy as np
import torch
import websockets

from anomaly_model import windows

MODEL = torch.jit.load("/models/autoencoder.pt")


async def stream(socket):
    async for message in socket:
        series = np.asarray(json.loads(message)["values"], dtype=np.float32)
        batch = windows(series)
        errors = ((MODEL(batch) - batch) ** 2).mean(dim=1)
        await socket.send(json.dumps({"anomaly_scores": errors.tolist()}))


async def main():
    async with websockets.serve(stream, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
