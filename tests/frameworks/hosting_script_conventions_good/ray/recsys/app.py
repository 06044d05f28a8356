"""Ray Serve application graph for recommendations."""
import torch


class Recommender:
    def __init__(self):
        self.model = torch.jit.load("recommender.pt")

    async def __call__(self, request):
        return self.model(torch.tensor((await request.json())["user"])).tolist()


graph = Recommender
