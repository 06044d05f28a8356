import joblib
from sagemaker.serve.spec.inference_spec import InferenceSpec

from shared.features import frame


class PriceSpec(InferenceSpec):
    def load(self, model_dir: str):
        return joblib.load(f"{model_dir}/price.joblib")

    def invoke(self, input_object, model):
        return model.predict(frame(input_object["homes"])).tolist()
