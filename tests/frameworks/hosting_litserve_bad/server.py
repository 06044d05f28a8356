import litserve as ls
import torch
from transformers import WhisperForConditionalGeneration

from asr.finetune import processor


class WhisperLitAPI(ls.LitAPI):
    def setup(self, device):
        self.device = device
        self.model = WhisperForConditionalGeneration.from_pretrained("checkpoints/whisper-ft").to(device).eval()

    def decode_request(self, request):
        return processor(request["audio"], sampling_rate=16000, return_tensors="pt").input_features

    def predict(self, features):
        with torch.no_grad():
            return self.model.generate(features.to(self.device))

    def encode_response(self, output):
        return {"text": processor.batch_decode(output, skip_special_tokens=True)[0]}


if __name__ == "__main__":
    server = ls.LitServer(WhisperLitAPI(), accelerator="auto", max_batch_size=1)
    server.run(port=8000)
