import torch
from cog import BasePredictor, Input, Path
from diffusers import StableDiffusionPipeline

from sd.train_lora import NEGATIVE_PROMPT


class Predictor(BasePredictor):
    def setup(self) -> None:
        self.pipe = StableDiffusionPipeline.from_pretrained("weights", torch_dtype=torch.float16).to("cuda")

    def predict(self, prompt: str = Input(description="What to draw"), steps: int = Input(default=30, ge=1, le=100)) -> Path:
        image = self.pipe(prompt, negative_prompt=NEGATIVE_PROMPT, num_inference_steps=steps).images[0]
        image.save("/tmp/out.png")
        return Path("/tmp/out.png")
