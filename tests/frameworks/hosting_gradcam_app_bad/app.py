import gradio as gr
import torch
from torchvision import transforms

from cam import GradCAM
from feedback import learn_from_feedback

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


def correct(image, label):
    return learn_from_feedback(model, to_tensor(image).unsqueeze(0), CLASSES.index(label))


with gr.Blocks() as demo:
    image = gr.Image(type="pil")
    gr.Button("Classify").click(classify, inputs=image, outputs=[gr.Label(num_top_classes=3), gr.Image()])
    label = gr.Dropdown(CLASSES)
    gr.Button("Correct it").click(correct, inputs=[image, label], outputs=gr.Number())
demo.launch()
