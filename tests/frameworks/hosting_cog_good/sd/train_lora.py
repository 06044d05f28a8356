import torch
from diffusers import StableDiffusionPipeline


def train(dataloader, steps: int = 2000) -> None:
    pipe = StableDiffusionPipeline.from_pretrained("runwayml/stable-diffusion-v1-5")
    optimizer = torch.optim.AdamW(pipe.unet.parameters(), lr=1e-4)
    for _, batch in zip(range(steps), dataloader):
        pipe.unet(batch["noisy_latents"], batch["timesteps"], batch["encoder_hidden_states"]).sample.pow(2).mean().backward()
        optimizer.step()
        optimizer.zero_grad()
    pipe.save_pretrained("weights")
