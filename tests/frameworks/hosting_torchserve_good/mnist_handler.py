import whylogs as why
from ts.torch_handler.image_classifier import ImageClassifier
from torchvision import transforms


class MNISTDigitClassifier(ImageClassifier):
    """TorchServe loads mnist/model.py from the archive (--model-file) and the weights (--serialized-file)."""

    image_processing = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])

    def postprocess(self, data):
        predictions = data.argmax(1).tolist()
        why.log({"predicted_digit": predictions})
        return predictions
