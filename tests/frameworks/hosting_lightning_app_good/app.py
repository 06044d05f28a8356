# lightning run app app.py
import gradio as gr
import lightning as L
import torch
from lightning.app.components import ServeGradio
from torchvision import transforms

from signs.network import SignNet

LABELS = ["speed limit", "stop", "danger", "end of restriction"]


class SignDemo(ServeGradio):
    inputs = gr.Image(type="pil")
    outputs = gr.Textbox()

    def build_model(self):
        model = SignNet()
        model.load_state_dict(torch.load("checkpoints/signnet.pt", map_location="cpu"))
        return model.eval()

    def predict(self, image) -> str:
        x = transforms.Compose([transforms.Resize((64, 64)), transforms.ToTensor()])(image)[None]
        return LABELS[int(torch.argmax(self.model(x), dim=1)[0])]


app = L.LightningApp(SignDemo())
