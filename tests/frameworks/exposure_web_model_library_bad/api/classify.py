"""Image tagging service: a pretrained timm backbone behind one route."""

import timm
import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()
backbone = timm.create_model("convnext_tiny", pretrained=True).eval()


@app.post("/tags")
async def tags(image: UploadFile):
    batch = torch.frombuffer(await image.read(), dtype=torch.uint8).float().reshape(1, 3, 224, 224)
    with torch.no_grad():
        scores = backbone(batch).softmax(dim=1)
    return {"top": scores.topk(5).indices.tolist()}
