import gradio as gr
import torch
import whylogs as why

from pets.model import CLASSES, TRANSFORM, build_model

model = build_model()
model.load_state_dict(torch.load("pets_resnet18.pt", map_location="cpu"))
model.eval()


def classify(image):
    with torch.no_grad():
        probabilities = torch.softmax(model(TRANSFORM(image).unsqueeze(0))[0], dim=0)
    scores = {label: float(p) for label, p in zip(CLASSES, probabilities)}
    why.log(scores)
    return scores


with gr.Blocks(title="Pet breeds") as demo:
    image = gr.Image(type="pil")
    label = gr.Label(num_top_classes=3)
    gr.Button("Classify").click(classify, inputs=image, outputs=label)

if __name__ == "__main__":
    demo.queue().launch(server_name="0.0.0.0")
