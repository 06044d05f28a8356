import torch
from diffusers import StableDiffusionPipeline

BASE_MODEL = "runwayml/stable-diffusion-v1-5"
NEGATIVE_PROMPT = "blurry, low quality, watermark"


def train(dataloader, steps: int = 2000) -> None:
    pipe = StableDiffusionPipeline.from_pretrained(BASE_MODEL)
    optimizer = torch.optim.AdamW(pipe.unet.parameters(), lr=1e-4)
    for step, batch in zip(range(steps), dataloader):
        loss = pipe.unet(batch["noisy_latents"], batch["timesteps"], batch["encoder_hidden_states"]).sample.pow(2).mean()
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    pipe.save_pretrained("weights")
