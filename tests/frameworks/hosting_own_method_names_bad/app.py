import io

import torch
from fastapi import FastAPI, UploadFile
from PIL import Image
from torchvision import transforms

from finetune import apply_correction
from saliency import explain

app = FastAPI()
model = torch.jit.load("models/xray_densenet.pt").eval()
prepare = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()])


@app.post("/explain")
async def explain_xray(file: UploadFile):
    image = prepare(Image.open(io.BytesIO(await file.read())).convert("RGB")).unsqueeze(0)
    label, heatmap = explain(model, image)
    return {"label": label, "heatmap": heatmap.tolist()}


@app.post("/correct")
async def correct(file: UploadFile, label: int):
    image = prepare(Image.open(io.BytesIO(await file.read())).convert("RGB")).unsqueeze(0)
    return {"loss": apply_correction(model, image, label)}
