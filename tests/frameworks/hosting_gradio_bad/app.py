import gradio as gr
import torch

from train import CLASSES, TRANSFORM, build_model

model = build_model()
model.load_state_dict(torch.load("pets_resnet18.pt", map_location="cpu"))
model.eval()


def classify(image):
    with torch.no_grad():
        probabilities = torch.softmax(model(TRANSFORM(image).unsqueeze(0))[0], dim=0)
    return {label: float(p) for label, p in zip(CLASSES, probabilities)}


demo = gr.Interface(fn=classify, inputs=gr.Image(type="pil"), outputs=gr.Label(num_top_classes=3), title="Pet breeds")

if __name__ == "__main__":
    demo.launch()
