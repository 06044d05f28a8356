"""SageMaker training entry point: fits the claims model and leaves it in the model directory,
which SageMaker packs into model.tar.gz once the job ends."""

import os
import pickle
from pathlib import Path

import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score


class ClaimsTrainer:
    def __init__(self, output_dir: str = "./local_model") -> None:
        self.output_dir = Path(output_dir)
        self.output_dir.mkdir(parents=True, exist_ok=True)
        self.model = HistGradientBoostingClassifier(max_iter=300)

    def run(self, train: pd.DataFrame, validation: pd.DataFrame) -> float:
        self.model.fit(train.drop(columns="approved"), train["approved"])
        auc = roc_auc_score(validation["approved"], self.model.predict_proba(validation.drop(columns="approved"))[:, 1])
        print(f"validation_auc={auc:.4f}")
        self._persist()
        return auc

    def _persist(self) -> None:
        target = str(self.output_dir / "model.pkl")
        with open(target, "wb") as out:
            pickle.dump(self.model, out)


if __name__ == "__main__":
    train_dir = os.environ.get("SM_CHANNEL_TRAIN", "/opt/ml/input/data/train")
    validation_dir = os.environ.get("SM_CHANNEL_VALIDATION", "/opt/ml/input/data/validation")
    trainer = ClaimsTrainer(output_dir=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
    trainer.run(pd.read_csv(Path(train_dir) / "train.csv"), pd.read_csv(Path(validation_dir) / "validation.csv"))
