import gradio as gr

from scripts.serving import label

demo = gr.Interface(fn=label, inputs="text", outputs="text")

if __name__ == "__main__":
    demo.launch()
