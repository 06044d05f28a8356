import pandas as pd
import torch
from torch.utils.data import Dataset


class Interactions(Dataset):
    def __init__(self, path: str):
        frame = pd.read_parquet(path)
        self.users = torch.as_tensor(frame["user_idx"].to_numpy())
        self.items = torch.as_tensor(frame["item_idx"].to_numpy())
        self.labels = torch.as_tensor(frame["clicked"].to_numpy(), dtype=torch.float32)

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, i):
        return self.users[i], self.items[i], self.labels[i]
