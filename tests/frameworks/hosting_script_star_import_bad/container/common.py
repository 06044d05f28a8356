"""Shared pieces of the review-sentiment container: tokenizer, model and data helpers."""
import torch
from pytorch_transformers import AdamW, BertForSequenceClassification, BertTokenizer
from torch.utils.data import DataLoader, TensorDataset

MODEL_DIR = "/opt/model"
tokenizer = BertTokenizer.from_pretrained("bert-base-uncased")


def encode(texts, max_len=128):
    ids = [tokenizer.encode(t, add_special_tokens=True)[:max_len] for t in texts]
    return torch.tensor([row + [0] * (max_len - len(row)) for row in ids])


def batches(texts, labels, size=32):
    return DataLoader(TensorDataset(encode(texts), torch.tensor(labels)), batch_size=size, shuffle=True)
