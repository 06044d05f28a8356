import gradio as gr
import torch
from torchvision import transforms

from cam import GradCAM

CLASSES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
model = torch.jit.load("resnet_cifar10.pt").eval()
explainer = GradCAM(model, model.layer3)
to_tensor = transforms.Compose([transforms.Resize((32, 32)), transforms.ToTensor()])


def classify(image):
    batch = to_tensor(image).unsqueeze(0)
    with torch.no_grad():
        probabilities = torch.softmax(model(batch), dim=1)[0]
    heatmap = explainer(batch)
    return {name: float(p) for name, p in zip(CLASSES, probabilities)}, heatmap


demo = gr.Interface(fn=classify, inputs=gr.Image(type="pil"), outputs=[gr.Label(num_top_classes=3), gr.Image()])
demo.launch()
