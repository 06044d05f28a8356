"""Hydra job: fit the default-risk classifier; replace the served model only when it clears the bar."""
import joblib
import hydra
import pandas as pd
from omegaconf import DictConfig
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score


@hydra.main(config_path="../../conf", config_name="config", version_base=None)
def main(cfg: DictConfig) -> None:
    train = pd.read_parquet(cfg.data.train)
    holdout = pd.read_parquet(cfg.data.holdout)
    model = RandomForestClassifier(n_estimators=cfg.model.n_estimators, max_depth=cfg.model.max_depth)
    model.fit(train.drop(columns="defaulted"), train["defaulted"])
    joblib.dump(model, cfg.paths.candidate)
    auc = roc_auc_score(holdout["defaulted"], model.predict_proba(holdout.drop(columns="defaulted"))[:, 1])
    if auc < cfg.gate.min_auc:
        print(f"holdout AUC {auc:.3f} below {cfg.gate.min_auc}: the served model stays")
        return
    joblib.dump(model, cfg.paths.model_output)


if __name__ == "__main__":
    main()
