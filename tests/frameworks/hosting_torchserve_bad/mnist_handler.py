import io

import torch
from PIL import Image
from torchvision import transforms
from ts.torch_handler.base_handler import BaseHandler

from mnist.train import Net


class MNISTDigitHandler(BaseHandler):
    image_processing = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])

    def initialize(self, context):
        properties = context.system_properties
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        self.model = Net()
        self.model.load_state_dict(torch.load(f"{properties.get('model_dir')}/mnist_cnn.pt", map_location=self.device))
        self.model.eval()
        self.initialized = True

    def preprocess(self, data):
        images = [self.image_processing(Image.open(io.BytesIO(row.get("data") or row.get("body")))) for row in data]
        return torch.stack(images).to(self.device)

    def postprocess(self, data):
        return data.argmax(1).tolist()
