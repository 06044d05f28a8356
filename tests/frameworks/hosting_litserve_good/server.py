import torch
import whylogs as why
from litserve import LitAPI, LitServer
from transformers import WhisperForConditionalGeneration

from asr.audio import load_processor


class WhisperLitAPI(LitAPI):
    def setup(self, device):
        self.device = device
        self.processor = load_processor("checkpoints/whisper-ft")
        self.model = WhisperForConditionalGeneration.from_pretrained("checkpoints/whisper-ft").to(device).eval()

    def decode_request(self, request):
        why.log({"duration_s": len(request["audio"]) / 16000})
        return self.processor(request["audio"], sampling_rate=16000, return_tensors="pt").input_features

    def predict(self, features):
        with torch.no_grad():
            return self.model.generate(features.to(self.device))

    def encode_response(self, output):
        return {"text": self.processor.batch_decode(output, skip_special_tokens=True)[0]}


if __name__ == "__main__":
    LitServer(WhisperLitAPI(), accelerator="auto").run(port=8000)
