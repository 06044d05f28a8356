import gradio as gr


class Screen:
    def __init__(self, engine):
        self.engine = engine

    def launch(self):
        with gr.Blocks() as page:
            grid = gr.File(label="voxel grid")
            code = gr.JSON(label="latent code")
            grid.upload(lambda f: self.engine.encode(f).tolist(), grid, code)
        page.launch()
