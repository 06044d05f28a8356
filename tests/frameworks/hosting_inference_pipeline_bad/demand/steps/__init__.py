from .loader import load_batch
from .predictor import predict_batch
from .trainer import train_model
