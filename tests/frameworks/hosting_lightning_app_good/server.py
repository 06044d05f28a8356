# lightning run app server.py: the same network behind a REST endpoint
import base64
import io

import lightning as L
import torch
from lightning.app.components import Image, Number, PythonServer
from PIL import Image as PILImage
from torchvision import transforms

from signs.network import SignNet


class SignServer(PythonServer):
    def __init__(self) -> None:
        super().__init__(input_type=Image, output_type=Number)

    def setup(self) -> None:
        self._model = SignNet()
        self._model.load_state_dict(torch.load("checkpoints/signnet.pt", map_location="cpu"))
        self._model.eval()

    def predict(self, request):
        image = PILImage.open(io.BytesIO(base64.b64decode(request.image)))
        x = transforms.Compose([transforms.Resize((64, 64)), transforms.ToTensor()])(image)[None]
        return {"prediction": int(torch.argmax(self._model(x), dim=1)[0])}


app = L.LightningApp(SignServer())
