import os

import torch
from sagemaker_inference import content_types, decoder, default_inference_handler, encoder


class ForecastInferenceHandler(default_inference_handler.DefaultInferenceHandler):
    def default_model_fn(self, model_dir, context=None):
        model = torch.jit.load(os.path.join(model_dir, "model.pt"), map_location="cpu")
        return model.eval()

    def default_input_fn(self, input_data, content_type, context=None):
        return torch.from_numpy(decoder.decode(input_data, content_type)).float()

    def default_predict_fn(self, data, model, context=None):
        with torch.no_grad():
            return model(data)

    def default_output_fn(self, prediction, accept, context=None):
        return encoder.encode(prediction.numpy(), accept or content_types.JSON)
